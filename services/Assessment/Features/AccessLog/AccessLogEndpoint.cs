using Assessment.Data;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Authorization;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Assessment.Features.AccessLog;

/// <summary>One entry as loggkontroll sees it.</summary>
internal sealed record AccessLogItem(DateTimeOffset OccurredAt, string UserId, string UserRole, string Action, string RecordType, Guid RecordId, string Operation);

/// <summary><c>GET /api/assessment/access-log?recordId=</c>: who read or wrote a record, for the managers' log review (loggkontroll).</summary>
internal static class AccessLogEndpoint
{
    public static RouteGroupBuilder MapAccessLog(this RouteGroupBuilder group)
    {
        group.MapGet("/access-log", ListAsync).Produces<IEnumerable<AccessLogItem>>().ProducesValidationProblem();
        return group;
    }

    private static async Task<IResult> ListAsync(Guid? recordId, AssessmentDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(PlatformRoles.Enhetschef, PlatformRoles.Forvaltningschef, PlatformRoles.Kvalitetsutvecklare))
        {
            return Problems.Forbidden(AccessRules.LogReview, "Only unit managers, the head of department and quality developers review the access log.");
        }

        if (recordId is null)
        {
            return new ValidationErrors().Add("recordId", "Required: the assessment or report id.").ToProblem();
        }

        var entries = await db.AccessLog.Where(e => e.RecordId == recordId).OrderBy(e => e.OccurredAt).ToListAsync(cancellationToken);
        return Results.Ok(entries.Select(e => new AccessLogItem(
            e.OccurredAt, e.UserId, e.UserRole, e.Action.ToString().ToLowerInvariant(), e.RecordType.ToString().ToLowerInvariant(), e.RecordId, e.Operation)));
    }
}
