using System.Text.Json;
using Platform.Rules;

namespace Platform.Bench.Chaos.Flow;

/// <summary>
/// The parts an investigation needs before it can be decided (BBIC), each recorded as a caseworker
/// would: only those the investigation itself names as missing, so a violence concern adds the risk
/// assessment and the police-report stance.
/// </summary>
internal static class InvestigationDocumentation
{
    public const string Text = "Barnet beskriver sin vardag i skolan och hemma.";

    public static async Task<bool> RecordAsync(CaseRecord record, CaseDesk desk, CancellationToken cancellationToken)
    {
        var path = $"/api/investigation/investigations/{record.InvestigationId}";
        var investigation = await desk.Calls.GetAsync(path, cancellationToken);
        if (!CaseDriver.Expected(record, "investigation read", investigation, investigation.Succeeded))
        {
            return false;
        }

        var missing = investigation.Body.GetProperty("missingParts").EnumerateArray().Select(p => p.GetString()!).ToHashSet(StringComparer.Ordinal);
        foreach (var (part, put, body) in Parts(StockholmCalendar.LocalDate(DateTimeOffset.UtcNow)).Where(p => missing.Contains(p.Part)))
        {
            var json = JsonSerializer.Serialize(body, JsonSerializerOptions.Web);
            var answer = put
                ? await desk.Calls.PutAsync($"{path}/{part}", json, cancellationToken)
                : await desk.Calls.PostAsync($"{path}/{part}", json, cancellationToken);
            if (!CaseDriver.Expected(record, part, answer, answer.Succeeded))
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<(string Part, bool Put, object Body)> Parts(DateOnly today) =>
    [
        ("guardians-informed", true, new { informedOn = today, manner = "in-person" }),
        ("investigation-plan", true, new { familyInvited = true, reason = Text }),
        ("child-heard", true, new { heard = true }),
        ("child-view", true, new { text = Text }),
        ("consultations", false, new { kind = "consultation", party = "BVC", contactedOn = today, summary = Text }),
        ("communications", false, new { material = "Utredningen", party = "guardian", communicatedOn = today }),
        ("needs-assessment", true, new { text = Text }),
        ("guardians-ability", true, new { text = Text }),
        ("conclusion", true, new { text = Text }),
        ("risk-assessment", true, new { method = "patriark", result = "high" }),
        ("police-report", true, new { stance = "no-known-crime" }),
    ];
}
