using Platform.ServiceDefaults.Problems;
using Quality.Domain.Indicators;

namespace Quality.Features.Shared;

/// <summary>The query every indicator answer takes: the period (required) and optionally one unit.</summary>
internal sealed record IndicatorFilter(ReportingPeriod Period, string? Unit)
{
    public static IndicatorFilter? Read(HttpRequest request, ValidationErrors errors)
    {
        var text = request.Query["period"].ToString();
        var period = ReportingPeriod.TryParse(text);
        errors.Require(period is not null, "period", "Give the period as a month (2026-11), a quarter (2026-Q4), a year (2026) or a range of them (2022..2026).");
        var unit = request.Query["unit"].ToString();
        errors.Require(unit.Length <= 100, "unit", "A unit is at most 100 characters.");
        return errors.IsValid ? new IndicatorFilter(period!, unit.Length == 0 ? null : unit) : null;
    }
}
