namespace Platform.Rules;

/// <summary>
/// One version of a rule of the catalogue (DOMAIN.md §5): in force from <paramref name="ValidFrom"/>
/// until a later version with the same id replaces it.
/// </summary>
public sealed record DeadlineRule(
    string Id,
    RulePeriod Period,
    CountedFrom CountedFrom,
    RuleBasis Basis,
    DateOnly ValidFrom,
    IReadOnlyList<LegalReference> References)
{
    /// <summary>For a recurring rule, the period counted from each time the duty was done; null for a one-off.</summary>
    public RulePeriod? Repeat { get; init; }

    /// <summary>The default local time after which counting starts with the next day; null when the day counted from is the day itself.</summary>
    public TimeOnly? CutOff { get; init; }

    /// <summary>The shortest period a municipality may tighten the rule to; null when it may not change it (every statutory rule).</summary>
    public RulePeriod? Minimum { get; init; }

    public bool IsRecurring => Repeat is not null;
}
