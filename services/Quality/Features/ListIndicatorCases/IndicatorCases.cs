namespace Quality.Features.ListIndicatorCases;

/// <summary>The cases behind one indicator's figure for the period, with what each adds to it.</summary>
internal sealed record IndicatorCases(string Indicator, string Record, string Period, IReadOnlyList<IndicatorCase> Cases);

internal sealed record IndicatorCase(Guid CaseId, DateOnly Month, string? Unit, string Gender, string AgeBand, string? Category, int Numerator, int Denominator);
