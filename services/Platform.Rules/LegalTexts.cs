namespace Platform.Rules;

/// <summary>The acts the rules cite and how a reference follows a change of act.</summary>
internal static class LegalTexts
{
    public static readonly DateOnly Sol2025InForce = new(2025, 7, 1);

    public const string Sol2001 = "SoL (2001:453)";

    public const string Sol2025 = "SoL (2025:400)";

    /// <summary>
    /// A reference to the 2001 act, as the audit reports quote it. SoL (2025:400) renumbered the act, so
    /// from its entry into force the text is shown as not verified until it is checked against the new act.
    /// </summary>
    public static LegalReference[] Sol2001Only(string text, DateOnly from) =>
        [new(text, from, Verified: true), new(text, Sol2025InForce, Verified: false)];

    /// <summary>A reference that no re-enactment has touched.</summary>
    public static LegalReference[] Unchanged(string text, DateOnly from) => [new(text, from, Verified: true)];
}
