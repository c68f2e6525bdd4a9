using Microsoft.EntityFrameworkCore;
using Quality.Data;

namespace Quality.Features.Shared;

/// <summary>
/// Moves the aggregate rows by summed differences, the monthly rows and their yearly sums alike: per table one
/// multi-row upsert, then one delete of the rows that fell to 0/0, so a period without cases has no rows.
/// </summary>
internal sealed class AggregateWriter(QualityDbContext db)
{
    public async Task MoveAsync(Dictionary<(string, string, DateOnly, string, string, string), (long Numerator, long Denominator)> deltas, CancellationToken cancellationToken)
    {
        await MoveAsync("indicator_aggregates", deltas, cancellationToken);
        await MoveAsync("indicator_year_aggregates", ByYear(deltas), cancellationToken);
    }

    private static Dictionary<(string, string, DateOnly, string, string, string), (long Numerator, long Denominator)> ByYear(
        Dictionary<(string, string, DateOnly, string, string, string), (long Numerator, long Denominator)> deltas) =>
        deltas
            .GroupBy(d => d.Key with { Item3 = new DateOnly(d.Key.Item3.Year, 1, 1) })
            .ToDictionary(g => g.Key, g => (g.Sum(d => d.Value.Numerator), g.Sum(d => d.Value.Denominator)));

    // The table is one of the two aggregate tables, a constant: never a caller's text.
    private async Task MoveAsync(string table, Dictionary<(string, string, DateOnly, string, string, string), (long Numerator, long Denominator)> deltas, CancellationToken cancellationToken)
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
#pragma warning disable EF1002 // Every value is a parameter.
        await db.Database.ExecuteSqlRawAsync(
            $$"""
            INSERT INTO {{table}} (tenant_id, indicator, category, month, unit, gender, age_band, numerator, denominator)
            SELECT {0}, * FROM unnest({1}, {2}, {3}, {4}, {5}, {6}, {7}, {8})
            ON CONFLICT (tenant_id, indicator, category, month, unit, gender, age_band) DO UPDATE
            SET numerator = {{table}}.numerator + EXCLUDED.numerator,
                denominator = {{table}}.denominator + EXCLUDED.denominator
            """,
            [tenant!, indicators, categories, months, units, genders, ageBands, numerators, denominators],
            cancellationToken);

        var shrunk = moves.Where(m => m.Value.Numerator < 0 || m.Value.Denominator < 0).Select(m => m.Key).ToList();
        if (shrunk.Count == 0)
        {
            return;
        }

        (indicators, categories, months, units, genders, ageBands) = Columns(shrunk);
        await db.Database.ExecuteSqlRawAsync(
            $$"""
            DELETE FROM {{table}} a
            USING unnest({1}, {2}, {3}, {4}, {5}, {6}) AS k(indicator, category, month, unit, gender, age_band)
            WHERE a.tenant_id = {0} AND a.indicator = k.indicator AND a.category = k.category AND a.month = k.month
              AND a.unit = k.unit AND a.gender = k.gender AND a.age_band = k.age_band AND a.numerator = 0 AND a.denominator = 0
            """,
            [tenant!, indicators, categories, months, units, genders, ageBands],
            cancellationToken);
#pragma warning restore EF1002
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
