using System.Globalization;
using System.Text.Json.Nodes;

namespace Platform.EndToEndTests.Intake;

/// <summary>Request bodies for the intake API, as JSON a test can change field by field.</summary>
internal static class IntakeRequests
{
    public const string Description = "Eleven berättar om oro hemma; känsligt fritextinnehåll.";

    public const string ReporterName = "Rektor Rut Rektorsson";

    public static JsonObject Report(
        string? identityNumber,
        DateTimeOffset? receivedAt = null,
        string classification = "anmalan",
        string? unit = null,
        bool protectedIdentity = false) => new()
    {
        ["receivedAt"] = Instant(receivedAt ?? DateTimeOffset.UtcNow.AddMinutes(-5)),
        ["channel"] = "phone",
        ["classification"] = classification,
        ["reporter"] = new JsonObject
        {
            ["category"] = "school",
            ["isMandatoryReporter"] = true,
            ["requestedFeedback"] = true,
            ["name"] = ReporterName,
            ["organisation"] = "Skolan",
            ["contact"] = "070-1234567",
        },
        ["child"] = identityNumber is null
            ? new JsonObject { ["temporaryIdentity"] = new JsonObject { ["knownName"] = "Okänd Flicka", ["gender"] = "female" }, ["protectedIdentity"] = protectedIdentity }
            : new JsonObject { ["identityNumber"] = identityNumber, ["protectedIdentity"] = protectedIdentity },
        ["classificationReason"] = classification == "anmalan" ? null : "Skolan ansöker om stöd för eleven, ingen oro för barnets hemsituation.",
        ["concernCategories"] = new JsonArray("neglect", "violence"),
        ["violenceByCloseRelative"] = false,
        ["description"] = Description,
        ["unit"] = unit,
    };

    public static JsonObject Assessment(DateTimeOffset? assessedAt = null) => new()
    {
        ["assessedAt"] = Instant(assessedAt ?? DateTimeOffset.UtcNow.AddMinutes(-1)),
        ["circumstances"] = "Barnet är i skolan och har inga synliga skador.",
        ["immediateProtectionNeeded"] = false,
        ["actionsTaken"] = "Inga omedelbara åtgärder; förhandsbedömning inleds.",
    };

    public static JsonObject Reclassification(string classification, string? reason = "Ansökan från vårdnadshavare, inte en anmälan.") => new()
    {
        ["classification"] = classification,
        ["reason"] = reason,
    };

    public static string Instant(DateTimeOffset instant) => instant.ToString("O", CultureInfo.InvariantCulture);
}
