using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Rules;
using Platform.ServiceDefaults.Problems;
using Quality.Data;
using Quality.Domain.Deviations;
using Quality.Domain.Indicators;
using Quality.Features.GetIndicators;
using Quality.Features.SelfAudit;
using Quality.Features.Shared;

namespace Quality.Features.AnnualReport;

/// <summary>
/// Gathers a year's report from the aggregates through <see cref="IndicatorFigures"/> (so its figures are the
/// indicators API's), from the deviations of the year, counted by the local date they were reported, and from the
/// self-audit results of every unit (so they are the results API's).
/// </summary>
internal sealed class AnnualReportAssembler(QualityDbContext db, SelfAuditResults selfAudit, TimeProvider time)
{
    public async Task<AnnualReport> AssembleAsync(ReportingPeriod year, CancellationToken cancellationToken)
    {
        var indicators = await IndicatorFigures.ReadAsync(db, new IndicatorFilter(year, null), cancellationToken);
        var months = new List<MonthlyShares>();
        for (var month = year.FirstMonth; month <= year.LastMonth; month = month.AddMonths(1))
        {
            var period = ReportingPeriod.TryParse(month.ToString("yyyy-MM", CultureInfo.InvariantCulture))!;
            var answer = await IndicatorFigures.ReadAsync(db, new IndicatorFilter(period, null), cancellationToken);
            months.Add(new MonthlyShares(month.Month, ValueOf(answer, IndicatorCatalogue.AssessmentsWithin14Days), ValueOf(answer, IndicatorCatalogue.InvestigationsWithin4Months)));
        }

        return new AnnualReport(
            year.FirstMonth.Year, time.GetUtcNow(), indicators, months, await DeviationsAsync(year, cancellationToken),
            await selfAudit.ForEveryUnitAsync(year.FirstMonth.Year, cancellationToken));
    }

    private static decimal? ValueOf(IndicatorsAnswer answer, string id) => answer.Indicators.Single(i => i.Id == id).Value;

    private async Task<DeviationSummary> DeviationsAsync(ReportingPeriod year, CancellationToken cancellationToken)
    {
        var (from, to) = (StockholmCalendar.StartOf(year.From), StockholmCalendar.EndOf(year.To));
        var reported = await db.Deviations.AsNoTracking()
            .Where(d => d.ReportedAt >= from && d.ReportedAt < to)
            .Select(d => new { d.Source, d.Probability, d.Severity })
            .ToListAsync(cancellationToken);
        var lexSarah = await db.Deviations.AsNoTracking()
            .Where(d => d.LexSarahAt >= from && d.LexSarahAt < to)
            .Select(d => d.ReportedToIvoAt)
            .ToListAsync(cancellationToken);
        return new DeviationSummary(
            reported.Count,
            reported.Count(d => d.Probability * d.Severity > Deviation.SeriousAbove),
            reported.GroupBy(d => d.Probability * d.Severity).ToDictionary(g => g.Key, g => g.Count()),
            reported.GroupBy(d => KebabEnum.Name(d.Source)).ToDictionary(g => g.Key, g => g.Count()),
            lexSarah.Count,
            lexSarah.Count(at => at is not null));
    }
}
