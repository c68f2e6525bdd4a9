using Investigation.Access;
using Investigation.Data;
using Investigation.Domain.Investigations;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Investigation.Features.GetInvestigation;

/// <summary><c>GET /api/investigation/investigations/{id}</c>: another municipality's investigation is a 404, like one that does not exist.</summary>
internal static class GetInvestigationEndpoints
{
    public static RouteGroupBuilder MapGetInvestigation(this RouteGroupBuilder group)
    {
        group.MapGet("/investigations/{id:guid}", ByIdAsync).Produces<InvestigationDetails>().ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<IResult> ByIdAsync(Guid id, InvestigationDbContext db, CurrentUser user, TimeProvider time, CancellationToken cancellationToken)
    {
        var investigation = await db.LoadInvestigationAsync(id, cancellationToken);
        return investigation is null ? Problems.NotFound("Investigation") : Results.Ok(investigation.Show(user, time.GetUtcNow()));
    }

    /// <summary>What a caller is shown: about a child with a protected identity, the texts only to the roles allowed.</summary>
    public static InvestigationDetails Show(this ChildInvestigation investigation, CurrentUser user, DateTimeOffset now) =>
        investigation.ToDetails(now, showTexts: !investigation.IsProtectedIdentity || user.SeesProtectedTexts());
}
