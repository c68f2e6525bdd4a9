using Quality.Features.GetIndicators;
using Quality.Features.SelfAudit;

namespace Quality.Features.AnnualReport;

/// <summary>
/// What the kvalitetsberättelse of one year is made of: the indicators as the indicators API gives them, the year's
/// deviations counted, and each unit's self-audit results as the results API gives them.
/// </summary>
internal sealed record AnnualReport(
    int Year,
    DateTimeOffset AssembledAt,
    IndicatorsAnswer Indicators,
    IReadOnlyList<MonthlyShares> Months,
    DeviationSummary Deviations,
    IReadOnlyList<SelfAuditResultsView> SelfAudit);

/// <summary>One month's shares within the statutory deadlines; null where the month has no data.</summary>
internal sealed record MonthlyShares(int Month, decimal? AssessmentsWithin14Days, decimal? InvestigationsWithin4Months);

/// <summary>The year's deviations by risk (probability × severity) and source, and its Lex Sarah matters; counts only, never text.</summary>
internal sealed record DeviationSummary(
    int Total,
    int Serious,
    IReadOnlyDictionary<int, int> ByRisk,
    IReadOnlyDictionary<string, int> BySource,
    int LexSarahMatters,
    int ReportedToIvo);
