using Microsoft.EntityFrameworkCore;
using Quality.Data;

namespace Quality.Features.Shared;

/// <summary>
/// Moves the aggregate rows by summed differences: one multi-row upsert, then one delete of the rows that fell
/// to 0/0, so a period without cases has no rows.
/// </summary>
internal sealed class AggregateWriter(QualityDbContext db)
{
    public async Task MoveAsync(Dictionary<(string, string, DateOnly, string, string, string), (long Numerator, long Denominator)> deltas, CancellationToken cancellationToken)
    {
        var moves = deltas.Where(d => d.Value != (0, 0)).OrderBy(d => d.Key).ToList();
        if (moves.Count == 0)
        {
            return;
        }

        var tenant = db.CurrentTenantId;
        var (indicators, categories, months, units, genders, ageBands) = Columns(moves.Select(m => m.Key));
        var numerators = moves.Select(m => m.Value.Numerator).ToArray();
        var denominators = moves.Select(m => m.Value.Denominator).ToArray();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO indicator_aggregates (tenant_id, indicator, category, month, unit, gender, age_band, numerator, denominator)
            SELECT {tenant}, * FROM unnest({indicators}, {categories}, {months}, {units}, {genders}, {ageBands}, {numerators}, {denominators})
            ON CONFLICT (tenant_id, indicator, category, month, unit, gender, age_band) DO UPDATE
            SET numerator = indicator_aggregates.numerator + EXCLUDED.numerator,
                denominator = indicator_aggregates.denominator + EXCLUDED.denominator
            """, cancellationToken);

        var shrunk = moves.Where(m => m.Value.Numerator < 0 || m.Value.Denominator < 0).Select(m => m.Key).ToList();
        if (shrunk.Count == 0)
        {
            return;
        }

        (indicators, categories, months, units, genders, ageBands) = Columns(shrunk);
        await db.Database.ExecuteSqlAsync($"""
            DELETE FROM indicator_aggregates a
            USING unnest({indicators}, {categories}, {months}, {units}, {genders}, {ageBands}) AS k(indicator, category, month, unit, gender, age_band)
            WHERE a.tenant_id = {tenant} AND a.indicator = k.indicator AND a.category = k.category AND a.month = k.month
              AND a.unit = k.unit AND a.gender = k.gender AND a.age_band = k.age_band AND a.numerator = 0 AND a.denominator = 0
            """, cancellationToken);
    }

    private static (string[], string[], DateOnly[], string[], string[], string[]) Columns(IEnumerable<(string, string, DateOnly, string, string, string)> keys)
    {
        var list = keys.ToList();
        return (
            [.. list.Select(k => k.Item1)],
            [.. list.Select(k => k.Item2)],
            [.. list.Select(k => k.Item3)],
            [.. list.Select(k => k.Item4)],
            [.. list.Select(k => k.Item5)],
            [.. list.Select(k => k.Item6)]);
    }
}
