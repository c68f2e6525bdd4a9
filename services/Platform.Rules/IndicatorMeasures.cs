namespace Platform.Rules;

/// <summary>A span of whole days an indicator counts a case in: from <paramref name="FirstDay"/> to <paramref name="LastDay"/> inclusive, or on without end.</summary>
public sealed record DayBand(int FirstDay, int? LastDay)
{
    public bool Contains(int days) => days >= FirstDay && (LastDay is null || days <= LastDay);
}

/// <summary>
/// What the quality indicators measure against that is not a deadline (DOMAIN.md §2.5): the national measure of
/// protection assessments within 24 hours, and the bands of Huddinge's monthly statistics of investigation times.
/// A case's lateness against the law is always the deadline rule's; these only count.
/// </summary>
public static class IndicatorMeasures
{
    /// <summary>The window of "protection assessments within 24 h", counted from receipt whatever the statutory day.</summary>
    public static readonly TimeSpan ProtectionAssessmentWindow = TimeSpan.FromHours(24);

    /// <summary>Where the 24-hour measure comes from; the audits cite it, the platform has not checked its current wording.</summary>
    public static readonly LegalReference ProtectionAssessmentWindowSource =
        new("Socialstyrelsen, öppna jämförelser: skyddsbedömning inom 24 timmar", new DateOnly(2013, 1, 1), Verified: false);

    /// <summary>Investigation times in local days from opening to conclusion: 0–90, 91–123 and over 123 (Huddinge; its goal is half within 90).</summary>
    public static readonly DayBand InvestigationWithin90Days = new(0, 90);

    public static readonly DayBand InvestigationWithin91To123Days = new(91, 123);

    public static readonly DayBand InvestigationOver123Days = new(124, null);

    /// <summary>Whether an assessment made at <paramref name="assessedAt"/> falls within the 24-hour window of a report received at <paramref name="receivedAt"/>.</summary>
    public static bool ProtectionAssessedWithinWindow(DateTimeOffset receivedAt, DateTimeOffset assessedAt) =>
        assessedAt - receivedAt <= ProtectionAssessmentWindow;
}
