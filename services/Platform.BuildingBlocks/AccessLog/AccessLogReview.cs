using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Authorization;
using Platform.BuildingBlocks.Persistence;
using Platform.Rules;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Platform.BuildingBlocks.AccessLog;

/// <summary>One entry as the log review (loggkontroll) sees it; <c>Flagged</c> when the user stated a reason to go outside their own unit.</summary>
public sealed record AccessLogItem(
    DateTimeOffset OccurredAt, string UserId, string UserRole, string Action, string RecordType, Guid RecordId, string Operation, string? Reason, bool Flagged);

/// <summary>
/// <c>GET .../access-log?recordId=&amp;userId=&amp;from=&amp;to=&amp;flagged=</c>: who read or wrote a record, or what one
/// person read and wrote, within a period of local days, for the managers' log review (DOMAIN.md §4);
/// <c>flagged=true</c> keeps only the entries with a stated reason (another unit's case).
/// </summary>
public static class AccessLogReview
{
    /// <summary>Who reviews the access log.</summary>
    public static readonly string[] ReviewerRoles = [PlatformRoles.Enhetschef, PlatformRoles.Forvaltningschef, PlatformRoles.Kvalitetsutvecklare];

    /// <summary>Maps the review on the service's database (registered with <see cref="AccessLogExtensions.AddAccessLog{TDb}"/>).</summary>
    public static RouteGroupBuilder MapAccessLogReview(this RouteGroupBuilder group)
    {
        group.MapGet("/access-log", ListAsync).Produces<IEnumerable<AccessLogItem>>().ProducesValidationProblem();
        return group;
    }

    private static async Task<IResult> ListAsync(
        Guid? recordId, string? userId, string? from, string? to, bool? flagged, ServiceDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        if (user.Tenant.Kind != Contracts.Tenancy.TenantKind.Municipality || !user.IsInRole(ReviewerRoles))
        {
            return Problems.Forbidden(AccessRules.LogReview, "Only unit managers, the head of department and quality developers review the access log.");
        }

        var errors = new ValidationErrors();
        errors.Require(recordId is not null || !string.IsNullOrWhiteSpace(userId) || flagged == true, "recordId",
            "Required: the record id, userId for one person's reads and writes, or flagged=true for the flagged entries.");
        var fromDay = Day(from, "from", errors);
        var toDay = Day(to, "to", errors);
        errors.Require(fromDay is null || toDay is null || fromDay <= toDay, "to", "Must not be before from.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var entries = db.AccessLog.AsNoTracking();
        entries = recordId is { } record ? entries.Where(e => e.RecordId == record) : entries;
        entries = string.IsNullOrWhiteSpace(userId) ? entries : entries.Where(e => e.UserId == userId.Trim());
        entries = fromDay is { } start ? entries.Where(e => e.OccurredAt >= StockholmCalendar.StartOf(start)) : entries;
        entries = toDay is { } end ? entries.Where(e => e.OccurredAt < StockholmCalendar.EndOf(end)) : entries;
        entries = flagged == true ? entries.Where(e => e.Reason != null) : entries;
        var found = await entries.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        return Results.Ok(found.Select(e => new AccessLogItem(
            e.OccurredAt, e.UserId, e.UserRole, KebabEnum.Name(e.Action), e.RecordType, e.RecordId, e.Operation, e.Reason, e.Reason is not null)));
    }

    private static DateOnly? Day(string? text, string field, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Instants.TryParseDate(text, out var day))
        {
            return day;
        }

        errors.Add(field, "A local date, yyyy-MM-dd.");
        return null;
    }
}
