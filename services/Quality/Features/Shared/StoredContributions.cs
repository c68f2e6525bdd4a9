using Microsoft.EntityFrameworkCore;
using Quality.Data;
using Quality.Domain.Indicators;

namespace Quality.Features.Shared;

/// <summary>Replaces changed cases' stored contributions with one delete and one multi-row insert (arrays, unnested).</summary>
internal static class StoredContributions
{
    public static async Task ReplaceAsync(QualityDbContext db, List<long> removed, List<IndicatorContribution> added, CancellationToken cancellationToken)
    {
        if (removed.Count > 0)
        {
            var ids = removed.ToArray();
            await db.Database.ExecuteSqlAsync($"DELETE FROM indicator_contributions WHERE id = ANY({ids})", cancellationToken);
        }

        if (added.Count == 0)
        {
            return;
        }

        var tenant = db.CurrentTenantId;
        var subjects = added.Select(c => c.Subject).ToArray();
        var cases = added.Select(c => c.CaseId).ToArray();
        var indicators = added.Select(c => c.Indicator).ToArray();
        var categories = added.Select(c => c.Category).ToArray();
        var months = added.Select(c => c.Month).ToArray();
        var units = added.Select(c => c.Unit).ToArray();
        var genders = added.Select(c => c.Gender).ToArray();
        var ageBands = added.Select(c => c.AgeBand).ToArray();
        var numerators = added.Select(c => c.Numerator).ToArray();
        var denominators = added.Select(c => c.Denominator).ToArray();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO indicator_contributions (tenant_id, subject, case_id, indicator, category, month, unit, gender, age_band, numerator, denominator)
            SELECT {tenant}, * FROM unnest({subjects}, {cases}, {indicators}, {categories}, {months}, {units}, {genders}, {ageBands}, {numerators}, {denominators})
            """, cancellationToken);
    }
}
