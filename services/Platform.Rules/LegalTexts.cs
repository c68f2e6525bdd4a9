namespace Platform.Rules;

/// <summary>The acts the rules cite and how a reference follows a change of act.</summary>
internal static class LegalTexts
{
    public static readonly DateOnly Sol2025InForce = new(2025, 7, 1);

    /// <summary>The Local Government Act (2017:725) in force; it has not been re-enacted since.</summary>
    public static readonly DateOnly Kl2017InForce = new(2018, 1, 1);

    public const string Sol2001 = "SoL (2001:453)";

    public const string Sol2025 = "SoL (2025:400)";

    public const string Kl2017 = "KL (2017:725)";

    /// <summary>
    /// A section of the 2001 act, cited as such up to SoL (2025:400). From the new act's entry into force
    /// the new act is cited, with the section of the old one it corresponds to, and the reference is not
    /// verified until the new section has been checked against the new act's text. <paramref name="wrap"/>
    /// puts the citation into its sentence (a municipal rule, a second act).
    /// </summary>
    public static LegalReference[] Sol2001Only(string section, DateOnly from, Func<string, string>? wrap = null)
    {
        wrap ??= citation => citation;
        return
        [
            new(wrap($"{section} {Sol2001}"), from, Verified: true),
            new(wrap($"{Sol2025}, motsvarande {section} {Sol2001}"), Sol2025InForce, Verified: false),
        ];
    }

    /// <summary>A reference that no re-enactment has touched.</summary>
    public static LegalReference[] Unchanged(string text, DateOnly from) => [new(text, from, Verified: true)];
}
