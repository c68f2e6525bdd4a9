namespace PlatformConsole.Gateway;

/// <summary>The decisions of the delegation order and the assessment's outcomes, in Swedish.</summary>
internal static class DecisionNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["open-investigation"] = "inleda utredning",
        ["do-not-open"] = "inte inleda utredning",
        ["investigation-already-ongoing"] = "utredning pågår redan",
        ["forwarded"] = "överlämna till annan kommun",
        ["forward-to-another-municipality"] = "överlämna till annan kommun",
        ["extend-assessment"] = "förlänga förhandsbedömningen",
        ["extend-investigation"] = "förlänga utredningen",
        ["conclude-without-intervention"] = "avsluta utredningen utan insats",
        ["decide-open-care"] = "besluta om öppenvårdsinsats",
        ["decide-placement"] = "besluta om placering",
    };

    public static string Of(string decision) => Names.GetValueOrDefault(decision, decision);
}
