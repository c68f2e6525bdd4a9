using Microsoft.EntityFrameworkCore;
using Quality.Data;
using Quality.Domain.Facts;
using Quality.Domain.Indicators;

namespace Quality.Features.Shared;

/// <summary>
/// Brings the stored contributions of changed cases up to date and moves the aggregates by the difference, in
/// the caller's transaction. An aggregate row that no case contributes to any more is deleted, so a period
/// without cases has no rows and its indicators say they have no data. However many cases changed, this is a
/// handful of statements: their children, their stored contributions, and one multi-row write of each kind.
/// </summary>
internal sealed class ContributionWriter(QualityDbContext db, AggregateWriter aggregates)
{
    /// <summary>Replaces the stored contributions of changed cases by their fresh ones, moving the aggregates by the difference.</summary>
    public async Task RefreshAsync(IEnumerable<ICaseFact> facts, CancellationToken cancellationToken)
    {
        var cases = Distinct(facts);
        if (cases.Count > 0)
        {
            await WriteAsync(cases, await StoredAsync(cases, cancellationToken), cancellationToken);
        }
    }

    /// <summary>Counts cases known to have no stored contributions (a rebuild counting each case once), without looking for any.</summary>
    public async Task CountFirstTimeAsync(IEnumerable<ICaseFact> facts, CancellationToken cancellationToken)
    {
        var cases = Distinct(facts);
        if (cases.Count > 0)
        {
            await WriteAsync(cases, Array.Empty<IndicatorContribution>().ToLookup(c => (c.Subject, c.CaseId)), cancellationToken);
        }
    }

    private static List<ICaseFact> Distinct(IEnumerable<ICaseFact> facts) => facts.DistinctBy(f => (f.Subject, f.Id)).ToList();

    private async Task WriteAsync(List<ICaseFact> cases, ILookup<(string, Guid), IndicatorContribution> stored, CancellationToken cancellationToken)
    {
        var children = await ChildrenAsync(cases, cancellationToken);
        var deltas = new Dictionary<(string, string, DateOnly, string, string, string), (long Numerator, long Denominator)>();
        var removed = new List<long>();
        var added = new List<IndicatorContribution>();
        foreach (var fact in cases)
        {
            var fresh = fact.Contributions(children.GetValueOrDefault(fact.ChildId)).ToList();
            var old = stored[(fact.Subject, fact.CaseId)].ToList();
            if (Same(fresh, old))
            {
                continue;
            }

            foreach (var (contribution, sign) in fresh.Select(c => (c, 1)).Concat(old.Select(s => (s.ToContribution(), -1))))
            {
                var (numerator, denominator) = deltas.GetValueOrDefault(contribution.Key);
                deltas[contribution.Key] = (numerator + sign * contribution.Numerator, denominator + sign * contribution.Denominator);
            }

            removed.AddRange(old.Select(s => s.Id));
            added.AddRange(fresh.Select(c => IndicatorContribution.From(fact.Subject, fact.CaseId, c)));
        }

        await StoredContributions.ReplaceAsync(db, removed, added, cancellationToken);
        await aggregates.MoveAsync(deltas, cancellationToken);
    }

    private static bool Same(List<Contribution> fresh, List<IndicatorContribution> stored) =>
        fresh.Select(c => c.ToString()).Order(StringComparer.Ordinal)
            .SequenceEqual(stored.Select(s => s.ToContribution().ToString()).Order(StringComparer.Ordinal));

    private async Task<Dictionary<Guid, ChildFact>> ChildrenAsync(List<ICaseFact> cases, CancellationToken cancellationToken)
    {
        var ids = cases.Select(f => f.ChildId).ToHashSet();
        var missing = ids.Where(id => db.Children.Local.FindEntry(id) is null).ToList();
        if (missing.Count > 0)
        {
            await db.Children.Where(c => missing.Contains(c.Id)).LoadAsync(cancellationToken);
        }

        return ids.Select(id => db.Children.Local.FindEntry(id)?.Entity).OfType<ChildFact>().ToDictionary(c => c.Id);
    }

    /// <summary>One query per kind of case, so that the index on subject and case id serves it.</summary>
    private async Task<ILookup<(string, Guid), IndicatorContribution>> StoredAsync(List<ICaseFact> cases, CancellationToken cancellationToken)
    {
        var stored = new List<IndicatorContribution>();
        foreach (var subject in cases.GroupBy(f => f.Subject))
        {
            var ids = subject.Select(f => f.CaseId).ToList();
            stored.AddRange(await db.Contributions.AsNoTracking()
                .Where(c => c.Subject == subject.Key && ids.Contains(c.CaseId)).ToListAsync(cancellationToken));
        }

        return stored.ToLookup(c => (c.Subject, c.CaseId));
    }
}
