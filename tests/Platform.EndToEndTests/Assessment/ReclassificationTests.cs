using Platform.Contracts.Intake;

namespace Platform.EndToEndTests.Assessment;

[Collection(PlatformCollection.Name)]
public sealed class ReclassificationTests(PlatformFixture platform)
{
    private static ReportReclassified Reclassified(ReportRegistered report, Classification to) => new()
    {
        EventId = Guid.NewGuid(),
        TenantId = report.TenantId,
        OccurredAt = DateTimeOffset.UtcNow,
        ReportId = report.ReportId,
        ChildId = report.ChildId,
        From = report.Classification,
        To = to,
        ReceivedAt = report.ReceivedAt,
        ReclassifiedByRole = "handlaggare",
    };

    [Fact]
    public async Task Given_an_ansokan_under_investigation_When_it_is_reclassified_as_an_anmalan_Then_its_assessment_records_the_investigation_already_ongoing()
    {
        // Arrange: an application always opens an investigation, which assessment learns of (InvestigationOpened).
        var municipality = Municipalities.Next();
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        using var client = await platform.ForMunicipalityAsync(municipality);
        var report = Reports.Registered(municipality, Guid.NewGuid()) with { Classification = Classification.Ansokan };
        await bus.PublishAsync(report, report.EventId);
        var investigationId = await Investigation.InvestigationApi.OfChildAsync(client, report.ChildId);
        await AssessmentApi.KnowsInvestigationAsync(platform, investigationId);

        // Act
        var reclassified = Reclassified(report, Classification.Anmalan);
        await bus.PublishAsync(reclassified, reclassified.EventId);
        var assessment = await Reports.AssessmentOfAsync(client, report.ReportId);

        // Assert
        Assert.True(assessment!.Value.GetProperty("isStatutory").GetBoolean());
        Assert.Equal("investigation-already-ongoing", assessment.Value.GetProperty("decision").GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Given_an_open_assessment_When_its_only_report_becomes_an_ansokan_Then_the_assessment_closes()
    {
        // Arrange
        var municipality = Municipalities.Next();
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        using var client = await platform.ForMunicipalityAsync(municipality);
        var report = Reports.Registered(municipality, Guid.NewGuid());
        var assessment = await AssessmentApi.PublishAndWaitAsync(bus, client, report);

        // Act
        var reclassified = Reclassified(report, Classification.Ansokan);
        await bus.PublishAsync(reclassified, reclassified.EventId);
        var closed = await ApiClients.EventuallyAsync<string>(async () =>
        {
            var status = (await AssessmentApi.GetAsync(client, AssessmentApi.IdOf(assessment))).GetProperty("status").GetString();
            return status == "open" ? null : status;
        });

        // Assert
        Assert.Equal("closed", closed);
    }

    [Fact]
    public async Task Given_an_anmalan_When_it_becomes_annan_kannedom_Then_the_rule_is_no_longer_statutory()
    {
        // Arrange
        var municipality = Municipalities.Next();
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        using var client = await platform.ForMunicipalityAsync(municipality);
        var report = Reports.Registered(municipality, Guid.NewGuid());
        var assessment = await AssessmentApi.PublishAndWaitAsync(bus, client, report);

        // Act
        var reclassified = Reclassified(report, Classification.AnnanKannedom);
        await bus.PublishAsync(reclassified, reclassified.EventId);
        var statutory = await ApiClients.EventuallyAsync<bool?>(async () =>
        {
            var now = (await AssessmentApi.GetAsync(client, AssessmentApi.IdOf(assessment))).GetProperty("isStatutory").GetBoolean();
            return now ? null : now;
        });

        // Assert
        Assert.False(statutory);
    }
}
