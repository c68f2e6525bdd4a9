namespace Quality.Features.GetIndicators;

/// <summary>Aggregated numbers for one category, gender and age band of an indicator in the period.</summary>
internal sealed record IndicatorCell(string Category, string Gender, string AgeBand, long Numerator, long Denominator);
