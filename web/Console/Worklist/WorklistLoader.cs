using System.Text.Json;
using PlatformConsole.Gateway;

namespace PlatformConsole.Worklist;

/// <summary>
/// The caller's worklist across the services: intake's reports awaiting a protection assessment and the
/// assessment, investigation and placements worklists, soonest deadline first. A service that refuses the
/// caller's role (403) simply adds nothing; any other failure is reported.
/// </summary>
internal sealed class WorklistLoader(GatewayApi api)
{
    public const string IntakePath = "/api/intake/reports?status=awaiting-protection-assessment";

    public const string ProtectionAssessmentKind = "Skyddsbedömning";

    public async Task<(IReadOnlyList<WorklistRow> Rows, IReadOnlyList<string> Failures)> LoadAsync(CancellationToken cancellationToken)
    {
        var sources = new (string Service, string Path, Func<JsonElement, IEnumerable<WorklistRow>> Rows)[]
        {
            ("mottagningen", IntakePath, IntakeRows),
            ("förhandsbedömningen", "/api/assessment/worklist", AssessmentRows),
            ("utredningen", "/api/investigation/worklist", InvestigationRows),
            ("placeringarna", "/api/placements/worklist", PlacementRows),
        };
        var results = await Task.WhenAll(sources.Select(s => api.GetAsync(s.Path, cancellationToken)));
        var rows = new List<WorklistRow>();
        var failures = new List<string>();
        foreach (var (source, result) in sources.Zip(results))
        {
            if (result.Succeeded)
            {
                rows.AddRange(source.Rows(result.Json));
            }
            else if (result.Status != System.Net.HttpStatusCode.Forbidden)
            {
                failures.Add($"Arbetslistan från {source.Service} kunde inte hämtas (status {(int)result.Status}).");
            }
        }

        return ([.. rows.OrderBy(r => r.DueAt ?? DateTimeOffset.MaxValue)], failures);
    }

    private static IEnumerable<WorklistRow> IntakeRows(JsonElement body) =>
        Items(body).Select(i => new WorklistRow(
            ProtectionAssessmentKind, i.GetProperty("caseNumber").GetString()!, i.Instant("protectionAssessmentDueAt"),
            i.Flag("overdue"), i.Text("unit"), $"/mottagning/{i.GetProperty("reportId").GetGuid()}"));

    private static IEnumerable<WorklistRow> AssessmentRows(JsonElement body) =>
        Items(body).Select(i => new WorklistRow(
            "Förhandsbedömning", ShortId(i, "assessmentId"), i.Instant("dueAt"), i.Flag("overdue"),
            i.Text("unit"), $"/forhandsbedomning/{i.GetProperty("assessmentId").GetGuid()}",
            i.GetProperty("extended").GetBoolean() ? "Förlängd" : null));

    private static IEnumerable<WorklistRow> InvestigationRows(JsonElement body) =>
        Items(body).Select(i => new WorklistRow(
            "Utredning", ShortId(i, "investigationId"), i.Instant("dueAt"), i.Flag("overdue"),
            i.Text("unit"), $"/utredning/{i.GetProperty("investigationId").GetGuid()}",
            i.GetProperty("missingPartCount").GetInt32() is var missing and > 0 ? $"{missing} delar saknas" : null));

    private static IEnumerable<WorklistRow> PlacementRows(JsonElement body) =>
        Items(body).Select(i =>
        {
            var duty = i.GetProperty("duty");
            var placement = i.TryGetProperty("placementId", out var p) && p.ValueKind == JsonValueKind.String ? p.GetGuid() : (Guid?)null;
            return new WorklistRow(
                "Placering: " + SwedishTexts.Of(duty.GetProperty("kind").GetString()!), placement is { } id ? id.ToString()[..8] : "familjehem",
                duty.Instant("dueAt"), duty.Flag("overdue"), i.Text("unit"),
                placement is { } open ? $"/placering/{open}" : null);
        });

    private static IEnumerable<JsonElement> Items(JsonElement body) => body.GetProperty("items").EnumerateArray();

    private static string ShortId(JsonElement item, string name) => item.GetProperty(name).GetGuid().ToString()[..8];
}
