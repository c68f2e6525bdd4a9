using System.Globalization;
using System.Text.Json.Nodes;
using Intake.Domain.Identity;

namespace Intake.Tests.Infrastructure;

/// <summary>Request bodies for the intake API. The child and reporter are made up; nothing in them is anyone's.</summary>
internal static class IntakeRequests
{
    private static int seed;

    public static JsonObject Report(DateTimeOffset receivedAt, string classification = "anmalan") => new()
    {
        ["receivedAt"] = Instant(receivedAt),
        ["channel"] = "phone",
        ["classification"] = classification,
        ["classificationReason"] = classification == "anmalan" ? null : "Domstolens begäran om yttrande.",
        ["reporter"] = new JsonObject
        {
            ["category"] = "school",
            ["isMandatoryReporter"] = true,
            ["requestedFeedback"] = true,
        },
        ["child"] = new JsonObject { ["identityNumber"] = NextIdentityNumber(), ["protectedIdentity"] = false },
        ["concernCategories"] = new JsonArray("neglect"),
        ["description"] = "Oro för barnets hemsituation.",
    };

    public static JsonObject ProtectionAssessment(DateTimeOffset assessedAt) => new()
    {
        ["assessedAt"] = Instant(assessedAt),
        ["circumstances"] = "Barnet är i skolan och har inga synliga skador.",
        ["immediateProtectionNeeded"] = false,
        ["actionsTaken"] = "Inga omedelbara åtgärder; förhandsbedömning inleds.",
    };

    public static string Instant(DateTimeOffset instant) => instant.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>A valid personnummer of a child born in 2015, a different one each call.</summary>
    private static string NextIdentityNumber()
    {
        var n = Interlocked.Increment(ref seed);
        var nineDigits = $"1503{(n % 28) + 1:00}{(n % 900) + 100:000}";
        return "20" + nineDigits + Enumerable.Range(0, 10).First(d => Luhn.IsValid(nineDigits + d));
    }
}
