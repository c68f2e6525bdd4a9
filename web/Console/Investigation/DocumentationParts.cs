using System.Text.Json;
using PlatformConsole.Components.Shared;
using PlatformConsole.Gateway;

namespace PlatformConsole.Investigation;

/// <summary>
/// The parts of an investigation's documentation (BBIC), by the names the API's <c>missingParts</c> uses, and where
/// each stands: recorded when, or missing. The risk assessment and the police-report stance only where violence is a concern.
/// </summary>
internal static class DocumentationParts
{
    private static readonly IReadOnlyList<(string Part, string Key)> All =
    [
        ("guardians-informed", "guardiansInformed"), ("investigation-plan", "investigationPlan"), ("child-heard", "childHeard"),
        ("child-view", "childView"), ("consultations", "consultations"), ("risk-assessment", "riskAssessment"),
        ("police-report", "policeReport"), ("communications", "communications"), ("needs-assessment", "needsAssessment"),
        ("guardians-ability", "guardiansAbility"), ("conclusion", "conclusion"),
    ];

    /// <summary>Every part that applies to the investigation, with where it stands in words and whether it is still missing.</summary>
    public static IEnumerable<(string Part, string State, bool Missing)> Of(JsonElement investigation)
    {
        var missing = investigation.Array("missingParts").Select(p => p.GetString()).ToHashSet(StringComparer.Ordinal);
        var documentation = investigation.Object("documentation");
        foreach (var (part, key) in All)
        {
            var state = part == "guardians-informed"
                ? investigation.Object(key) is { } informed ? $"informerade {informed.Text("informedOn")}" : null
                : documentation is { } d ? Recorded(d, key) : null;
            if (state is not null || missing.Contains(part) || !ViolencePart(part) || investigation.Flag("hasViolenceConcern"))
            {
                yield return (part, state ?? (missing.Contains(part) ? "saknas" : "inte registrerad"), missing.Contains(part));
            }
        }
    }

    public static bool ViolencePart(string part) => part is "risk-assessment" or "police-report";

    private static string? Recorded(JsonElement documentation, string key) =>
        documentation.TryGetProperty(key, out var value) ? value.ValueKind switch
        {
            JsonValueKind.Object => $"registrerad {StockholmTime.Format(value.Instant("recordedAt"))}",
            JsonValueKind.Array when value.GetArrayLength() > 0 =>
                $"{value.GetArrayLength()} registrerade, senast {StockholmTime.Format(value[value.GetArrayLength() - 1].Instant("recordedAt"))}",
            _ => null,
        } : null;
}
