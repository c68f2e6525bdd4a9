using System.Net.Http.Json;
using System.Text.Json;
using Platform.Contracts.Delegation;
using Platform.Testing.Messaging;

namespace Quality.Tests.InProcess;

/// <summary>Every decision refused as outside the delegation order raises one deviation on its case (issue 15): not twice for a redelivery, nor on a rebuild.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class RefusedDecisionDeviationTests(InfrastructureFixture infrastructure)
{
    private static readonly DateTimeOffset Now = Local(2026, 11, 15);

    [Fact]
    public async Task Given_a_refused_decision_published_twice_When_the_projections_are_rebuilt_Then_one_deviation_names_the_rule_and_the_decision()
    {
        // Arrange
        var municipality = Municipalities.Next();
        var (refused, later) = (Refused(municipality, Guid.NewGuid()), Refused(municipality, Guid.NewGuid()));
        await using var service = QualityHost.Start(infrastructure, Now);
        using var quality = service.ClientFor(municipality, PlatformRoles.Kvalitetsutvecklare);
        await using var bus = await TestBus.StartAsync(infrastructure.AmqpUri);

        // Act
        await bus.PublishAsync(refused, refused.EventId);
        await bus.PublishAsync(refused, Guid.NewGuid());
        await bus.PublishAsync(later, later.EventId);
        await Eventually.UntilAsync<string>(async () => (await OnCaseAsync(quality, later.CaseId)).Count > 0 ? "raised" : null);
        using var rebuilt = await quality.PostAsync("/api/quality/projections/rebuild", null);

        // Assert
        await QualityApi.ExpectAsync(rebuilt, HttpStatusCode.OK);
        var deviation = Assert.Single(await OnCaseAsync(quality, refused.CaseId));
        Assert.Equal("outside-delegation", deviation.GetProperty("source").GetString());
        Assert.Equal("enhet-barn", deviation.GetProperty("unit").GetString());
        var description = deviation.GetProperty("description").GetString();
        Assert.Contains("delegation-order:extend-investigation", description, StringComparison.Ordinal);
        Assert.Contains("extend-investigation decision", description, StringComparison.Ordinal);
    }

    private static DecisionRefused Refused(string municipality, Guid caseId) => new()
    {
        EventId = Guid.NewGuid(), TenantId = municipality, OccurredAt = Now.AddDays(-1), CaseKind = DecisionCaseKind.Investigation, CaseId = caseId,
        Unit = "enhet-barn", Decision = DecisionType.ExtendInvestigation, RefusedBy = "delegation-order:extend-investigation",
        DeciderRole = "handlaggare", DeciderUnit = "enhet-barn",
    };

    private static async Task<List<JsonElement>> OnCaseAsync(HttpClient client, Guid caseId) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/quality/deviations")).EnumerateArray()
            .Where(d => d.GetProperty("caseId").ValueKind == JsonValueKind.String && d.GetProperty("caseId").GetGuid() == caseId)];
}
