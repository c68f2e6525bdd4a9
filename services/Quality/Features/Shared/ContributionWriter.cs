using Microsoft.EntityFrameworkCore;
using Quality.Data;
using Quality.Domain.Facts;
using Quality.Domain.Indicators;

namespace Quality.Features.Shared;

/// <summary>
/// Brings the stored contributions of changed cases up to date and moves the aggregates by the difference, in
/// the caller's transaction. An aggregate row that no case contributes to any more is deleted, so a period
/// without cases has no rows and its indicators say they have no data.
/// </summary>
internal sealed class ContributionWriter(QualityDbContext db)
{
    public async Task RefreshAsync(IEnumerable<ICaseFact> facts, CancellationToken cancellationToken)
    {
        var deltas = new Dictionary<(string, string, DateOnly, string, string, string), (long Numerator, long Denominator)>();
        foreach (var fact in facts.DistinctBy(f => (f.Subject, f.Id)))
        {
            var child = await db.Children.FindAsync([fact.ChildId], cancellationToken);
            var fresh = fact.Contributions(child).ToList();
            var stored = await db.Contributions.Where(c => c.Subject == fact.Subject && c.CaseId == fact.CaseId).ToListAsync(cancellationToken);
            if (Same(fresh, stored))
            {
                continue;
            }

            foreach (var (contribution, sign) in fresh.Select(c => (c, 1)).Concat(stored.Select(s => (s.ToContribution(), -1))))
            {
                var (numerator, denominator) = deltas.GetValueOrDefault(contribution.Key);
                deltas[contribution.Key] = (numerator + sign * contribution.Numerator, denominator + sign * contribution.Denominator);
            }

            db.Contributions.RemoveRange(stored);
            db.Contributions.AddRange(fresh.Select(c => IndicatorContribution.From(fact.Subject, fact.CaseId, c)));
        }

        foreach (var (key, (numerator, denominator)) in deltas.Where(d => d.Value != (0, 0)).OrderBy(d => d.Key))
        {
            await MoveAsync(key, numerator, denominator, cancellationToken);
        }
    }

    private static bool Same(List<Contribution> fresh, List<IndicatorContribution> stored) =>
        fresh.Select(c => c.ToString()).Order(StringComparer.Ordinal)
            .SequenceEqual(stored.Select(s => s.ToContribution().ToString()).Order(StringComparer.Ordinal));

    private async Task MoveAsync((string, string, DateOnly, string, string, string) key, long numerator, long denominator, CancellationToken cancellationToken)
    {
        var tenant = db.CurrentTenantId;
        var (indicator, category, month, unit, gender, ageBand) = key;
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO indicator_aggregates (tenant_id, indicator, category, month, unit, gender, age_band, numerator, denominator)
            VALUES ({tenant}, {indicator}, {category}, {month}, {unit}, {gender}, {ageBand}, {numerator}, {denominator})
            ON CONFLICT (tenant_id, indicator, category, month, unit, gender, age_band) DO UPDATE
            SET numerator = indicator_aggregates.numerator + EXCLUDED.numerator,
                denominator = indicator_aggregates.denominator + EXCLUDED.denominator
            """, cancellationToken);
        if (numerator < 0 || denominator < 0)
        {
            await db.Database.ExecuteSqlAsync($"""
                DELETE FROM indicator_aggregates
                WHERE tenant_id = {tenant} AND indicator = {indicator} AND category = {category} AND month = {month}
                  AND unit = {unit} AND gender = {gender} AND age_band = {ageBand} AND numerator = 0 AND denominator = 0
                """, cancellationToken);
        }
    }
}
