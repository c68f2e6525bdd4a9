using System.Net;
using System.Text.Json;
using Platform.Rules;

namespace Platform.Bench.Chaos.Flow;

/// <summary>
/// From an open investigation to a placement followed up: the parts documented, the unit manager's
/// decision to place the child in an HVB home (delegated to <c>enhetschef</c> by the run's order), the
/// placement that decision creates at placements started, and its first visit recorded.
/// </summary>
internal static class PlacementSteps
{
    private const string Provider = "5560360793";
    private const int DecisionAttempts = 5;

    public static async Task RunAsync(CaseRecord record, CaseDesk desk, CancellationToken cancellationToken)
    {
        if (!await InvestigationDocumentation.RecordAsync(record, desk, cancellationToken) || !await DecideAsync(record, desk, cancellationToken))
        {
            return;
        }

        record.PlacementId = await CaseDriver.EventuallyAsync(() => PlacementOfAsync(desk, record.InterventionId!.Value, cancellationToken), cancellationToken);
        if (record.PlacementId is null)
        {
            record.Unexpected = "placements: never listed";
            return;
        }

        var today = StockholmCalendar.LocalDate(DateTimeOffset.UtcNow);
        var path = $"/api/placements/placements/{record.PlacementId}";
        var started = await desk.Calls.PostAsync($"{path}/start", Json(new { startedOn = today, providerOrganisationNumber = Provider, costPerDay = 3900m }), cancellationToken, KeyOf(record, "start"));
        record.PlacementStarted = started.Succeeded || (started.ConflictAfterRetry && await StatusOfAsync(desk, path, cancellationToken) == "started");
        if (!CaseDriver.Expected(record, "placement start", started, record.PlacementStarted))
        {
            return;
        }

        var visited = await desk.Calls.PostAsync($"{path}/visits", Json(new { doneOn = today, individualConversation = true }), cancellationToken, KeyOf(record, "visit"));
        record.VisitAccepted = CaseDriver.Expected(record, "placement visit", visited, visited.Succeeded);
    }

    /// <summary>
    /// The decision, sent again as it was after a 409 that left the investigation open: the first decisions a
    /// caseworker's documentation reaches at once collide on the pseudonym they make, and the retry finds it
    /// (services/Investigation, <c>CaseworkerPseudonyms</c>). A 409 on a closed investigation is an earlier
    /// attempt that applied it.
    /// </summary>
    private static async Task<bool> DecideAsync(CaseRecord record, CaseDesk desk, CancellationToken cancellationToken)
    {
        var path = $"/api/investigation/investigations/{record.InvestigationId}";
        var decision = Json(new
        {
            outcome = "interventions",
            reasoning = InvestigationDocumentation.Text,
            interventions = new[] { new { kind = "placement", placementType = "hvb", legalBasis = "sol", providerOrganisationNumber = Provider } },
        });
        for (var attempt = 1; ; attempt++)
        {
            var decided = await desk.Manager.PostAsync($"{path}/decision", decision, cancellationToken, KeyOf(record, "placement-decision"));
            var shown = decided.Succeeded ? decided.Body : decided.Status == HttpStatusCode.Conflict ? await ClosedAsync(desk, path, cancellationToken) : null;
            if (shown is null && decided.Status == HttpStatusCode.Conflict && attempt < DecisionAttempts)
            {
                continue;
            }

            record.InterventionId = shown?.GetProperty("interventions").EnumerateArray().Select(i => (Guid?)i.GetProperty("interventionId").GetGuid()).FirstOrDefault();
            record.PlacementDecisionAccepted = record.InterventionId is not null;
            return CaseDriver.Expected(record, "placement decision", decided, record.PlacementDecisionAccepted);
        }
    }

    /// <summary>The investigation when it is closed (decided), or null.</summary>
    private static async Task<JsonElement?> ClosedAsync(CaseDesk desk, string path, CancellationToken cancellationToken)
    {
        var investigation = await desk.Manager.GetAsync(path, cancellationToken);
        return investigation.Succeeded && investigation.Body.GetProperty("status").GetString() == "closed" ? investigation.Body : null;
    }

    private static async Task<Guid?> PlacementOfAsync(CaseDesk desk, Guid interventionId, CancellationToken cancellationToken)
    {
        var list = await desk.Calls.GetAsync($"/api/placements/placements?interventionId={interventionId}", cancellationToken);
        return list.Status == HttpStatusCode.OK && list.Body.GetArrayLength() > 0 ? list.Body[0].GetProperty("placementId").GetGuid() : null;
    }

    private static async Task<string?> StatusOfAsync(CaseDesk desk, string path, CancellationToken cancellationToken)
    {
        var placement = await desk.Calls.GetAsync(path, cancellationToken);
        return placement.Succeeded ? placement.Body.GetProperty("status").GetString() : null;
    }

    /// <summary>The key each attempt of a step carries, as at registration; only intake honours one today.</summary>
    private static string KeyOf(CaseRecord record, string step) => $"chaos-{record.Sequence}-{step}";

    private static string Json(object body) => JsonSerializer.Serialize(body, JsonSerializerOptions.Web);
}
