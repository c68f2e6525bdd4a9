namespace PlatformConsole.Gateway;

/// <summary>The API's field and documentation-part names, as the forms label them.</summary>
internal static class PartNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["prior-knowledge"] = "Tidigare kännedom",
        ["child-view"] = "Barnets synpunkter",
        ["reasoning"] = "Motivering",
        ["outcome"] = "Beslut",
        ["violenceOverrideReason"] = "Skäl att inte inleda trots våld",
        ["receivedAt"] = "Mottagen",
        ["channel"] = "Kanal",
        ["classification"] = "Typ av ärende",
        ["classificationReason"] = "Skäl till typ av ärende",
        ["description"] = "Beskrivning",
        ["concernCategories"] = "Oro för",
        ["child.identityNumber"] = "Barnets personnummer",
        ["reporter.category"] = "Anmälare",
        ["circumstances"] = "Omständigheter",
        ["actionsTaken"] = "Vidtagna åtgärder",
        ["assessedAt"] = "Bedömd",
    };

    public static string Of(string part) => Names.GetValueOrDefault(part, part);
}
