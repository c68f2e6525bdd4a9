using static Platform.Rules.LegalTexts;

namespace Platform.Rules;

/// <summary>When a record may be thinned (gallras), or that it is kept for research.</summary>
/// <param name="ThinnedFrom">The first local day the record may be thinned; null when it is kept.</param>
/// <param name="KeptPermanently">True for a child born on the 5th, 15th or 25th of a month, whose records are kept for research.</param>
/// <param name="Reference">The rule it follows, on the day of the last entry.</param>
public sealed record RetentionDate(DateOnly? ThinnedFrom, bool KeptPermanently, LegalReference Reference);

/// <summary>
/// The retention rule in force (DOMAIN.md §4): a personal file is thinned five years after its last
/// entry, except the files of children born on the 5th, 15th and 25th, kept for research. The platform
/// shows the date and thins nothing yet; the sections are cited unverified until checked against the act.
/// </summary>
public static class RecordRetention
{
    private static readonly LegalReference[] References =
    [
        new("12 kap. 1–2 §§ " + Sol2001, new DateOnly(2002, 1, 1), Verified: false),
        new("gallring av personakter enligt " + Sol2025, Sol2025InForce, Verified: false),
    ];

    private static readonly int[] ResearchBirthDays = [5, 15, 25];

    /// <summary>The retention of a record whose last entry was made on <paramref name="lastEntry"/> (local day).</summary>
    public static RetentionDate For(DateOnly lastEntry, DateOnly? childBirthDate)
    {
        var reference = References.Where(r => r.ValidFrom <= lastEntry).MaxBy(r => r.ValidFrom) ?? References[0];
        return childBirthDate is { Day: var day } && ResearchBirthDays.Contains(day)
            ? new RetentionDate(null, KeptPermanently: true, reference)
            : new RetentionDate(lastEntry.AddYears(5), KeptPermanently: false, reference);
    }
}
