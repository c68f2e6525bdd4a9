using System.Net;

namespace PlatformConsole.Gateway;

/// <summary>The API's refusal rules (AccessRules) in plain Swedish, for the people refused.</summary>
internal static class RuleTexts
{
    private const string DelegationPrefix = "delegation-order:";

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
            ? $"Kommunens delegationsordning ger inte din roll rätt att fatta beslutet ”{SwedishTexts.Of(rule[DelegationPrefix.Length..])}”. Beslutet måste fattas av den som har delegation."
            : SwedishTexts.Of(rule, "Regeln hindrar åtgärden.");
}
