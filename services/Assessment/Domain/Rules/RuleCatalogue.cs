using Platform.Contracts;
using Platform.Contracts.Intake;

namespace Assessment.Domain.Rules;

/// <summary>
/// The deadline rules this service applies (DOMAIN.md §5). Periods and references are data: when
/// the law changes, a new entry with its own valid-from date is added and the old one stays for
/// the cases it governed.
/// </summary>
internal static class RuleCatalogue
{
    // SFS 2012:776 brought the 14-day limit into force on 2013-01-01.
    private static readonly DateOnly AssessmentLimitInForce = new(2013, 1, 1);

    public static readonly IReadOnlyList<RuleDefinition> Rules =
    [
        new(RuleIds.InitialAssessment, RulePeriod.Days(14), "11 kap. 1 a § socialtjänstlagen (2001:453)",
            IsStatutory: true, AssessmentLimitInForce, Classification.Anmalan),
        new(RuleIds.InitialAssessment, RulePeriod.Days(14), "Kommunal regel: samma tid som 11 kap. 1 a § SoL, för annan kännedom",
            IsStatutory: false, AssessmentLimitInForce, Classification.AnnanKannedom),
        new(RuleIds.ReporterFeedback, RulePeriod.Days(7), "Kommunal regel: återkoppling till anmälare med anmälningsplikt (14 kap. 1 § SoL)",
            IsStatutory: false, AssessmentLimitInForce),
        new(RuleIds.Investigation, RulePeriod.Months(4), "11 kap. 2 § socialtjänstlagen (2001:453)",
            IsStatutory: true, new DateOnly(2002, 1, 1)),
    ];

    /// <summary>The entry in force on a local date, for a report class where the rule depends on it.</summary>
    public static RuleDefinition For(string ruleId, DateOnly on, Classification? reportClass = null) =>
        Rules.Where(r => r.RuleId == ruleId && r.ValidFrom <= on && (r.AppliesTo is null || r.AppliesTo == reportClass))
            .MaxBy(r => r.ValidFrom)
        ?? throw new InvalidOperationException($"No rule {ruleId} is in force on {on:yyyy-MM-dd} for {reportClass}.");

    /// <summary>The 14-day rule for an anmälan (statutory) or annan kännedom (municipal).</summary>
    public static RuleDefinition InitialAssessment(Classification reportClass, DateTimeOffset receivedAt) =>
        For(RuleIds.InitialAssessment, StockholmCalendar.LocalDate(receivedAt), reportClass);
}
