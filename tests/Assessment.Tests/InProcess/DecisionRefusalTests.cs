extern alias assessment;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Tenancy;
using Platform.Contracts.Tenancy;

namespace Assessment.Tests.InProcess;

/// <summary>
/// A decision refused as outside the delegation order is published as DecisionRefused (issue 15) and changes
/// nothing else; a qualification refusal is not a delegation refusal and publishes nothing.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class DecisionRefusalTests(InfrastructureFixture infrastructure)
{
    private static readonly DateTimeOffset Received = new(2027, 3, 1, 9, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task Given_a_caseworker_the_order_does_not_let_extend_When_they_extend_Then_403_and_only_one_DecisionRefused_is_written()
    {
        // Arrange
        await using var service = AssessmentHost.Start(infrastructure, Received.AddHours(1));
        using var manager = service.Client(role: "enhetschef");
        using var caseworker = service.Client(unit: "enhet-barn", name: "Kim Refuserad");
        var id = await service.OpenAnmalanAsync(manager, infrastructure.AmqpUri, Received);
        var before = await WrittenAsync(service);

        // Act
        using var response = await caseworker.ExtendAsync(id, new DateOnly(2027, 3, 25));

        // Assert
        var problem = await AssessmentApi.ExpectAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal("delegation-order:extend-assessment", problem.GetProperty("rule").GetString());
        var after = await WrittenAsync(service);
        Assert.Equal(before.AccessLog, after.AccessLog);
        Assert.Equal(before.Outbox.Count + 1, after.Outbox.Count);
        var written = Assert.Single(after.Outbox.Except(before.Outbox));
        Assert.DoesNotContain("Kim Refuserad", written, StringComparison.Ordinal);
        var refused = JsonDocument.Parse(written).RootElement.GetProperty("message");
        Assert.Equal(id, refused.GetProperty("caseId").GetGuid());
        Assert.Equal("assessment", refused.GetProperty("caseKind").GetString());
        Assert.Equal("extend-assessment", refused.GetProperty("decision").GetString());
        Assert.Equal("delegation-order:extend-assessment", refused.GetProperty("refusedBy").GetString());
        Assert.Equal("handlaggare", refused.GetProperty("deciderRole").GetString());
        Assert.Equal("enhet-barn", refused.GetProperty("deciderUnit").GetString());
        Assert.False((await manager.GetAsync(id)).GetProperty("extended").GetBoolean());
    }

    [Fact]
    public async Task Given_an_unqualified_caseworker_the_order_allows_When_they_decide_Then_403_qualified_staff_and_nothing_is_written()
    {
        // Arrange
        await using var service = AssessmentHost.Start(infrastructure, Received.AddHours(1));
        using var manager = service.Client(role: "enhetschef");
        using var unqualified = service.Client(qualified: false);
        var id = await service.OpenAnmalanAsync(manager, infrastructure.AmqpUri, Received);
        var before = await WrittenAsync(service);

        // Act
        using var response = await unqualified.PostAsJsonAsync($"/api/assessment/assessments/{id}/decision", new { outcome = "open-investigation", reasoning = "Oro." });

        // Assert
        var problem = await AssessmentApi.ExpectAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal("qualified-staff", problem.GetProperty("rule").GetString());
        var after = await WrittenAsync(service);
        Assert.Equal(before.AccessLog, after.AccessLog);
        Assert.Equal(before.Outbox, after.Outbox);
    }

    /// <summary>The municipality's outbox bodies and the number of its access-log entries, read within its tenant.</summary>
    private static async Task<Written> WrittenAsync(InProcessService<assessment::Program> service)
    {
        await using var scope = service.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(TenantId.Parse(service.Municipality));
        var db = scope.ServiceProvider.GetRequiredService<assessment::Assessment.Data.AssessmentDbContext>();
        var outbox = await db.OutboxMessages
            .Where(m => m.TenantId == service.Municipality && m.Destination == null)
            .OrderBy(m => m.Id)
            .Select(m => m.Body)
            .ToListAsync();
        return new Written(outbox, await db.AccessLog.CountAsync());
    }

    private sealed record Written(List<string> Outbox, int AccessLog);
}
