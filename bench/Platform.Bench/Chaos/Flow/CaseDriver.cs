using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Platform.Bench.Scenarios;

namespace Platform.Bench.Chaos.Flow;

/// <summary>
/// One case through the gateway as caseworkers work it: the report registered at intake, and every
/// <see cref="ChaosSettings.FurtherEvery"/>-th anmälan further: intake's protection assessment, the
/// assessment the event opened made ready and decided to open an investigation, and the
/// investigation that decision opened; every <see cref="ChaosSettings.PlacementEvery"/>-th of those on
/// to a placement (<see cref="PlacementSteps"/>). What each step was accepted with goes to the ledger.
/// </summary>
internal sealed class CaseDriver(IReadOnlyList<CaseDesk> desks)
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(500);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly ConcurrentQueue<CaseRecord> records = new();
    private long sequence;

    public IReadOnlyCollection<CaseRecord> Records => records;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var (record, desk, body) = Start();
        if (!await RegisterAsync(record, desk, body, cancellationToken)
            || record.Sequence % ChaosSettings.FurtherEvery != 0
            || JsonDocument.Parse(body).RootElement.GetProperty("classification").GetString() != "anmalan")
        {
            return;
        }

        await FurtherAsync(record, desk, cancellationToken);
    }

    /// <summary>A report registered and its assessment opened: the end-to-end step that proves the platform recovered.</summary>
    public async Task<bool> RoundTripAsync(CancellationToken cancellationToken)
    {
        var (record, desk, body) = Start();
        return await RegisterAsync(record, desk, body, cancellationToken)
            && await EventuallyAsync(() => AssessmentOfAsync(desk, record.ReportId!.Value, cancellationToken), cancellationToken) is not null;
    }

    private (CaseRecord Record, CaseDesk Desk, string Body) Start()
    {
        var number = Interlocked.Increment(ref sequence);
        var desk = desks[(int)(number % desks.Count)];
        var record = new CaseRecord(number, desk.Municipality);
        records.Enqueue(record);
        return (record, desk, JsonSerializer.Serialize(GeneratedReports.Report(number), Json));
    }

    private static async Task<bool> RegisterAsync(CaseRecord record, CaseDesk desk, string body, CancellationToken cancellationToken)
    {
        var registered = await desk.Calls.PostAsync("/api/intake/reports", body, cancellationToken, idempotencyKey: $"chaos-{record.Sequence}");
        record.ReportId = registered.Succeeded ? registered.Body.GetProperty("reportId").GetGuid() : null;
        return Expected(record, "register", registered, registered.Succeeded);
    }

    private static async Task FurtherAsync(CaseRecord record, CaseDesk desk, CancellationToken cancellationToken)
    {
        var reportId = record.ReportId!.Value;
        var protection = await desk.Calls.PostAsync($"/api/intake/reports/{reportId}/protection-assessment", ProtectionAssessment(), cancellationToken);
        record.ProtectionAccepted = protection.Succeeded || protection.ConflictAfterRetry;
        if (!Expected(record, "protection assessment", protection, record.ProtectionAccepted))
        {
            return;
        }

        var assessment = await EventuallyAsync(async () => await AssessmentOfAsync(desk, reportId, cancellationToken) is { } a
            && a.GetProperty("reports").EnumerateArray().Any(r => r.GetProperty("protectionAssessmentRecorded").GetBoolean()) ? a : (JsonElement?)null, cancellationToken);
        if (assessment is not { } opened)
        {
            record.Unexpected = "assessment: protection assessment never recorded";
            return;
        }

        record.AssessmentOpened(opened.GetProperty("assessmentId").GetGuid(), opened.GetProperty("childId").GetGuid());
        await DecideAsync(record, desk, cancellationToken);
    }

    private static async Task DecideAsync(CaseRecord record, CaseDesk desk, CancellationToken cancellationToken)
    {
        var path = $"/api/assessment/assessments/{record.AssessmentId}";
        foreach (var (part, body) in new[] { ("prior-knowledge", """{"hasPriorKnowledge":false}"""), ("child-view", """{"obtained":true,"text":"Barnet vill bo kvar hemma."}""") })
        {
            var put = await desk.Calls.PutAsync($"{path}/{part}", body, cancellationToken);
            if (!Expected(record, part, put, put.Succeeded))
            {
                return;
            }
        }

        var decided = await desk.Calls.PostAsync($"{path}/decision", """{"outcome":"open-investigation","reasoning":"Bedömningen grundas på anmälan och samtal."}""", cancellationToken);
        record.DecisionAccepted = decided.Succeeded || (decided.ConflictAfterRetry && await DecidedAsync(desk, path, cancellationToken));
        if (!Expected(record, "decision", decided, record.DecisionAccepted))
        {
            return;
        }

        record.InvestigationId = await EventuallyAsync(() => InvestigationOfAsync(desk, record.ChildId!.Value, cancellationToken), cancellationToken);
        record.Unexpected ??= record.InvestigationId is null ? "investigation: never listed" : null;
        if (record.InvestigationId is not null && record.Sequence % (ChaosSettings.FurtherEvery * ChaosSettings.PlacementEvery) == 0)
        {
            await PlacementSteps.RunAsync(record, desk, cancellationToken);
        }
    }

    private static async Task<bool> DecidedAsync(CaseDesk desk, string path, CancellationToken cancellationToken)
    {
        var assessment = await desk.Calls.GetAsync(path, cancellationToken);
        return assessment.Succeeded && assessment.Body.TryGetProperty("decision", out var decision)
            && decision.ValueKind == JsonValueKind.Object && decision.GetProperty("outcome").GetString() == "open-investigation";
    }

    private static async Task<JsonElement?> AssessmentOfAsync(CaseDesk desk, Guid reportId, CancellationToken cancellationToken)
    {
        var answer = await desk.Calls.GetAsync($"/api/assessment/reports/{reportId}/assessment", cancellationToken);
        return answer.Status == HttpStatusCode.OK ? answer.Body : null;
    }

    private static async Task<Guid?> InvestigationOfAsync(CaseDesk desk, Guid childId, CancellationToken cancellationToken)
    {
        var worklist = await desk.Calls.GetAsync("/api/investigation/worklist", cancellationToken);
        return worklist.Status != HttpStatusCode.OK ? null : worklist.Body.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("childId").GetGuid() == childId)
            .Select(i => (Guid?)i.GetProperty("investigationId").GetGuid())
            .FirstOrDefault();
    }

    public static async Task<T?> EventuallyAsync<T>(Func<Task<T?>> probe, CancellationToken cancellationToken)
        where T : struct
    {
        var until = DateTime.UtcNow + GatewayCalls.GiveUpAfter;
        while (DateTime.UtcNow < until)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            await Task.Delay(PollEvery, cancellationToken);
        }

        return null;
    }

    public static bool Expected(CaseRecord record, string step, Answer answer, bool accepted)
    {
        if (!accepted)
        {
            record.Unexpected = $"{step}: {(answer.Status is { } status ? ((int)status).ToString(CultureInfo.InvariantCulture) : "no answer")} after {answer.Attempts} attempts";
        }

        return accepted;
    }

    private static string ProtectionAssessment() => JsonSerializer.Serialize(new
    {
        assessedAt = DateTimeOffset.UtcNow.AddMinutes(-1),
        circumstances = "Barnet är i skolan och har inga synliga skador.",
        immediateProtectionNeeded = false,
        actionsTaken = "Inga omedelbara åtgärder; förhandsbedömning inleds.",
    }, Json);
}
