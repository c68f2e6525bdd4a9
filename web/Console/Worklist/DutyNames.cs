namespace PlatformConsole.Worklist;

/// <summary>The placements service's duties, in Swedish.</summary>
internal static class DutyNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["care-plan"] = "vårdplan",
        ["review"] = "övervägande/omprövning",
        ["visit"] = "besök",
        ["custody-transfer-consideration"] = "överväga vårdnadsöverflyttning",
        ["post-lvu-follow-up"] = "uppföljning efter LVU",
        ["foster-home-record-check"] = "registerkontroll familjehem",
    };

    public static string Of(string kind) => Names.GetValueOrDefault(kind, kind);
}
