extern alias assessment;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Tenancy;
using Platform.Contracts.Assessment;
using Platform.Contracts.Investigation;
using Platform.Contracts.Tenancy;
using Platform.Testing.Messaging;

namespace Assessment.Tests.InProcess;

/// <summary>
/// A report about a child is "investigation already ongoing" only while the investigation service has
/// announced an investigation open: from <c>InvestigationOpened</c> to <c>InvestigationClosed</c>, never guessed from a period.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class OngoingInvestigationTests(InfrastructureFixture infrastructure)
{
    private static readonly DateTimeOffset Now = new(2027, 1, 29, 10, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task Given_an_announced_investigation_When_a_report_arrives_Then_it_is_recorded_as_already_ongoing_and_published_and_after_the_closure_a_report_is_assessed()
    {
        // Arrange
        var (municipality, child, investigationId) = (Municipalities.Next(), Guid.NewGuid(), Guid.NewGuid());
        await using var service = AssessmentHost.Start(infrastructure, Now);
        using var caseworker = service.ClientFor(municipality);
        await using var bus = await TestBus.StartAsync(infrastructure.AmqpUri);
        var decisions = await bus.ListenAsync<AssessmentDecided>();
        await AnnounceAsync(bus, service, Opened(municipality, child, investigationId), investigationId, "open");

        // Act
        var during = await service.OpenAsync(caseworker, infrastructure.AmqpUri, AssessmentApi.Anmalan(municipality, Now.AddHours(-1)) with { ChildId = child });
        var published = await decisions.WaitForAsync(e => e.AssessmentId == during.Id());
        await AnnounceAsync(bus, service, Closed(municipality, child, investigationId), investigationId, "closed");
        var after = await service.OpenAsync(caseworker, infrastructure.AmqpUri, AssessmentApi.Anmalan(municipality, Now.AddMinutes(-30)) with { ChildId = child });

        // Assert
        Assert.Equal("decided", during.GetProperty("status").GetString());
        Assert.Equal("investigation-already-ongoing", during.GetProperty("decision").GetProperty("outcome").GetString());
        Assert.Equal(AssessmentOutcome.InvestigationAlreadyOngoing, published.Outcome);
        Assert.Equal(DelegationBasis.RecordedByPlatform, published.DelegationBasis);
        Assert.Equal("open", after.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Given_an_assessment_decided_to_open_an_investigation_and_no_announcement_When_a_report_arrives_Then_it_is_assessed()
    {
        // Arrange
        var (municipality, child) = (Municipalities.Next(), Guid.NewGuid());
        await using var service = AssessmentHost.Start(infrastructure, Now);
        using var caseworker = service.ClientFor(municipality);
        var first = await service.OpenAsync(caseworker, infrastructure.AmqpUri, AssessmentApi.Anmalan(municipality, Now.AddHours(-2)) with { ChildId = child });
        await caseworker.DecideAsync(first.Id());

        // Act
        var next = await service.OpenAsync(caseworker, infrastructure.AmqpUri, AssessmentApi.Anmalan(municipality, Now.AddHours(-1)) with { ChildId = child });

        // Assert
        Assert.NotEqual(first.Id(), next.Id());
        Assert.Equal("open", next.GetProperty("status").GetString());
    }

    /// <summary>Publishes the announcement until the service holds it (the service's queues may not be bound yet); the inbox drops the repeats.</summary>
    private static Task AnnounceAsync<T>(TestBus bus, InProcessService<assessment::Program> service, T message, Guid investigationId, string expected)
        where T : class, Platform.Contracts.IIntegrationEvent =>
        Eventually.UntilAsync(async () =>
        {
            await bus.PublishAsync(message, message.EventId);
            await Task.Delay(TimeSpan.FromMilliseconds(200));
            return await InvestigationStateAsync(service, message.TenantId, investigationId) == expected ? expected : null;
        });

    /// <summary>What the service holds of the investigation: absent, open or closed (read the way the service does, within the tenant).</summary>
    private static async Task<string> InvestigationStateAsync(InProcessService<assessment::Program> service, string municipality, Guid investigationId)
    {
        await using var scope = service.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(TenantId.Parse(municipality));
        var db = scope.ServiceProvider.GetRequiredService<assessment::Assessment.Data.AssessmentDbContext>();
        var closed = await db.Database
            .SqlQuery<bool>($"SELECT closed_at IS NOT NULL AS \"Value\" FROM ongoing_investigations WHERE id = {investigationId}")
            .ToListAsync();
        return closed switch { [] => "absent", [true] => "closed", _ => "open" };
    }

    private static InvestigationOpened Opened(string municipality, Guid child, Guid investigationId) => new()
    {
        EventId = Guid.NewGuid(),
        TenantId = municipality,
        OccurredAt = Now.AddDays(-10),
        InvestigationId = investigationId,
        ChildId = child,
        Origin = InvestigationOrigin.AssessmentDecision,
        ReportIds = [Guid.NewGuid()],
        OpenedAt = Now.AddDays(-10),
        DueAt = Now.AddDays(110),
        ChainedInvestigation = false,
        HasViolenceConcern = false,
    };

    private static InvestigationClosed Closed(string municipality, Guid child, Guid investigationId) => new()
    {
        EventId = Guid.NewGuid(),
        TenantId = municipality,
        OccurredAt = Now,
        InvestigationId = investigationId,
        ChildId = child,
        ClosedAt = Now,
    };
}
