using Microsoft.EntityFrameworkCore;
using Platform.Rules;
using Quality.Data;
using Quality.Domain.SelfAudit;

namespace Quality.Features.SelfAudit;

/// <summary>
/// A unit's checklist results for a year beside the year before: per item, the tally of answers over every case of the
/// year (the events' answers for all, the reviewer's for the sample). Read by the results endpoint and the annual report.
/// </summary>
internal sealed class SelfAuditResults(QualityDbContext db, CaseFiles files)
{
    public async Task<SelfAuditResultsView> ForUnitAsync(string unit, int year, CancellationToken cancellationToken)
    {
        var thisYear = await AnswersAsync(unit, year, cancellationToken);
        var lastYear = await AnswersAsync(unit, year - 1, cancellationToken);
        var items = ChecklistItems.All
            .Select(item => new ItemResult(item, ItemTally.Of(Of(thisYear, item)), ItemTally.Of(Of(lastYear, item))))
            .ToList();
        return new SelfAuditResultsView(unit, year, thisYear.Count, year - 1, lastYear.Count, items);
    }

    /// <summary>Every unit with an investigation concluded in the year or the year before, in name order.</summary>
    public async Task<IReadOnlyList<SelfAuditResultsView>> ForEveryUnitAsync(int year, CancellationToken cancellationToken)
    {
        var (from, to) = (StockholmCalendar.StartOf(new DateOnly(year - 1, 1, 1)), StockholmCalendar.StartOf(new DateOnly(year + 1, 1, 1)));
        var units = await db.Investigations.AsNoTracking()
            .Where(i => i.Unit != null && i.ConcludedAt >= from && i.ConcludedAt < to)
            .Select(i => i.Unit!).Distinct().OrderBy(u => u)
            .ToListAsync(cancellationToken);
        var results = new List<SelfAuditResultsView>(units.Count);
        foreach (var unit in units)
        {
            results.Add(await ForUnitAsync(unit, year, cancellationToken));
        }

        return results;
    }

    private async Task<IReadOnlyList<IReadOnlyList<ChecklistAnswer>>> AnswersAsync(string unit, int year, CancellationToken cancellationToken)
    {
        var cases = await files.OfUnitAsync(unit, year, cancellationToken);
        var reviewed = await files.ReviewedAsync(cases.Select(c => c.Investigation.Id), cancellationToken);
        return cases.Select(c => CaseChecklist.Of(c, [.. reviewed[c.Investigation.Id]])).ToList();
    }

    private static IEnumerable<string> Of(IEnumerable<IReadOnlyList<ChecklistAnswer>> checklists, string item) =>
        checklists.Select(c => c.Single(a => a.Item == item).Answer);
}
