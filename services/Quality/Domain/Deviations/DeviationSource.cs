namespace Quality.Domain.Deviations;

/// <summary>Who raised a deviation: a person, or the platform on a missed statutory deadline or a decision without delegation.</summary>
internal enum DeviationSource
{
    Reported,

    MissedDeadline,

    OutsideDelegation,
}
