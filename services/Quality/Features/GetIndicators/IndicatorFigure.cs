namespace Quality.Features.GetIndicators;

/// <summary>An indicator for the period: without data it says so, and its numbers are null, never a zero meaning unknown.</summary>
internal sealed record IndicatorFigure(
    string Id,
    string Kind,
    string Description,
    bool NoData,
    long? Numerator,
    long? Denominator,
    decimal? Value,
    IReadOnlyList<FigureSplit> ByGender,
    IReadOnlyList<FigureSplit> ByAgeBand,
    IReadOnlyList<FigureSplit> ByGenderAndAgeBand,
    IReadOnlyList<FigureSplit> ByCategory);

/// <summary>One part of a figure: a share with no cases in its denominator has no value.</summary>
internal sealed record FigureSplit(string Key, long? Numerator, long? Denominator, decimal? Value);

internal sealed record IndicatorsAnswer(string Period, string PeriodKind, DateOnly From, DateOnly To, string? Unit, IReadOnlyList<IndicatorFigure> Indicators);
