using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;
using Quality.Domain.SelfAudit;

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

    private static async Task<IResult> GetAsync(string? unit, int? year, CaseFiles files, CurrentUser user, CancellationToken cancellationToken)
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

        var thisYear = await AnswersAsync(files, unit!, year!.Value, cancellationToken);
        var lastYear = await AnswersAsync(files, unit!, year.Value - 1, cancellationToken);
        var items = ChecklistItems.All
            .Select(item => new ItemResult(item, ItemTally.Of(Of(thisYear, item)), ItemTally.Of(Of(lastYear, item))))
            .ToList();
        return Results.Ok(new SelfAuditResultsView(unit!, year.Value, thisYear.Count, year.Value - 1, lastYear.Count, items));
    }

    private static async Task<IReadOnlyList<IReadOnlyList<ChecklistAnswer>>> AnswersAsync(CaseFiles files, string unit, int year, CancellationToken cancellationToken)
    {
        var cases = await files.OfUnitAsync(unit, year, cancellationToken);
        var reviewed = await files.ReviewedAsync(cases.Select(c => c.Investigation.Id), cancellationToken);
        return cases.Select(c => CaseChecklist.Of(c, [.. reviewed[c.Investigation.Id]])).ToList();
    }

    private static IEnumerable<string> Of(IEnumerable<IReadOnlyList<ChecklistAnswer>> checklists, string item) =>
        checklists.Select(c => c.Single(a => a.Item == item).Answer);
}
