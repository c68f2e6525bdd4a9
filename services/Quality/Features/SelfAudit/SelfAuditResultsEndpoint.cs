using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Quality.Features.SelfAudit;

internal static class SelfAuditResultsEndpoint
{
    /// <summary>GET /self-audit/results?unit=&amp;year=: per item, the share of yes among the unit's cases of the year beside the year before.</summary>
    public static RouteGroupBuilder MapSelfAuditResults(this RouteGroupBuilder group)
    {
        group.MapGet("/self-audit/results", GetAsync)
            .WithSummary("A unit's self-audit results for a year, compared with the previous year")
            .Produces<SelfAuditResultsView>()
            .ProducesValidationProblem();
        return group;
    }

    private static async Task<IResult> GetAsync(string? unit, int? year, SelfAuditResults results, CurrentUser user, CancellationToken cancellationToken)
    {
        if (SelfAuditAccess.RefuseUnlessReader(user) is { } refused)
        {
            return refused;
        }

        unit ??= user.Unit;
        var errors = new ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(unit), "unit", "The unit is required (by default the reader's own).")
            .Require(year is >= 2000 and <= 2100, "year", "The year is required, 2000 to 2100.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        return Results.Ok(await results.ForUnitAsync(unit!, year!.Value, cancellationToken));
    }
}
