using System.Net;

namespace PlatformConsole.Gateway;

/// <summary>The API's refusal rules (AccessRules) in plain Swedish, for the people refused.</summary>
internal static class RuleTexts
{
    private const string DelegationPrefix = "delegation-order:";

    private static readonly Dictionary<string, string> Rules = new(StringComparer.Ordinal)
    {
        ["casework-roles"] = "Din roll får inte arbeta med kommunens ärenden.",
        ["qualified-staff"] = "Det här får bara göras av behörig personal: socionomexamen eller motsvarande (3 kap. 3 a § SoL).",
        ["own-unit"] = "Ärendet tillhör en annan enhet. Du behöver ange ett skäl för att öppna det, och åtkomsten loggas.",
        ["committee-decisions"] = "Nämndens beslut förs in av nämndsekreteraren, med sammanträdesdag och protokollsparagraf.",
        ["delegation-changes"] = "Bara nämndsekreteraren för in delegationsordningen, och bara förvaltningschefen beslutar om vidaredelegering.",
        ["municipal-settings"] = "Bara förvaltningschef och enhetschef ändrar kommunens inställningar.",
        ["log-review"] = "Bara enhetschef, förvaltningschef och kvalitetsutvecklare granskar åtkomstloggen.",
        ["quality-reports"] = "Din roll får inte se det här kvalitetsunderlaget.",
        ["regional-follow-up"] = "Regionens sammanställningar är bara för regionens analytiker, och en kommun skickar bara sina egna uppgifter.",
    };

    public static string Heading(ApiProblem problem) => problem.Status switch
    {
        HttpStatusCode.Forbidden => "Åtgärden nekades",
        HttpStatusCode.BadRequest => "Uppgifterna behöver rättas",
        HttpStatusCode.Conflict => "Det går inte att göra det just nu",
        HttpStatusCode.NotFound => "Hittades inte",
        HttpStatusCode.TooManyRequests => "För många förfrågningar – försök igen om en stund",
        _ => $"Något gick fel (status {(int)problem.Status})",
    };

    public static string Explain(string rule) =>
        rule.StartsWith(DelegationPrefix, StringComparison.Ordinal)
            ? $"Kommunens delegationsordning ger inte din roll rätt att fatta beslutet ”{DecisionNames.Of(rule[DelegationPrefix.Length..])}”. Beslutet måste fattas av den som har delegation."
            : Rules.GetValueOrDefault(rule, "Regeln hindrar åtgärden.");
}
