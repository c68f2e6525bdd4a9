using System.Net;
using System.Text.Json;
using Platform.BuildingBlocks.Messaging;
using Platform.Contracts.Assessment;

namespace Platform.EndToEndTests.Assessment;

[Collection(PlatformCollection.Name)]
public sealed class AssessmentEventTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_an_assessment_worked_through_When_opened_extended_decided_and_fed_back_Then_each_event_is_published_without_text()
    {
        // Arrange
        var municipality = Municipalities.Next();
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        var openings = await bus.ListenAsync<AssessmentOpened>();
        var extensions = await bus.ListenAsync<AssessmentExtended>();
        var decisions = await bus.ListenAsync<AssessmentDecided>();
        var requests = await bus.ListenAsync<InvestigationRequested>();
        var feedbacks = await bus.ListenAsync<ReporterFeedbackGiven>();
        using var manager = await platform.ForMunicipalityAsync(municipality, role: "enhetschef");
        var report = Reports.Registered(municipality, Guid.NewGuid());
        var id = await AssessmentApi.OpenReadyToDecideAsync(platform, manager, report);
        var dueDate = DateOnly.Parse((await AssessmentApi.GetAsync(manager, id)).GetProperty("dueDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

        // Act
        using var extended = await AssessmentApi.PostAsync(manager, id, "extensions", new { newDueDate = dueDate.AddDays(5), reason = "Synnerliga skäl: tolk saknas." });
        using var decided = await AssessmentApi.DecideAsync(manager, id, "open-investigation");
        using var feedback = await AssessmentApi.PostAsync(manager, id, "feedback", new { });
        var opened = await openings.WaitForAsync(e => e.AssessmentId == id);
        var extension = await extensions.WaitForAsync(e => e.AssessmentId == id);
        var decision = await decisions.WaitForAsync(e => e.AssessmentId == id);
        var requested = await requests.WaitForAsync(e => e.AssessmentId == id);
        var told = await feedbacks.WaitForAsync(e => e.AssessmentId == id);

        // Assert
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.OK], [extended.StatusCode, decided.StatusCode, feedback.StatusCode]);
        Assert.Equal(report.ReportId, opened.ReportId);
        Assert.True(opened.IsStatutory);
        Assert.Equal(opened.DueAt, extension.PreviousDueAt);
        Assert.Equal(AssessmentOutcome.OpenInvestigation, decision.Outcome);
        Assert.True(decision.WithinDeadline);
        Assert.True(decision.WasExtended);
        Assert.True(decision.DelegationValid);
        Assert.Equal("enhetschef", decision.DeciderRole);
        Assert.Equal([report.ReportId], requested.ReportIds);
        Assert.Equal(AssessmentOutcome.OpenInvestigation, told.OutcomeTold);
        foreach (var published in new object[] { opened, extension, decision, requested, told })
        {
            var json = JsonSerializer.Serialize(published, published.GetType(), MessageJson.Options);
            Assert.DoesNotContain("Synnerliga", json, StringComparison.Ordinal);
            Assert.DoesNotContain(AssessmentApi.Reasoning, json, StringComparison.Ordinal);
            Assert.DoesNotContain(AssessmentApi.ChildView, json, StringComparison.Ordinal);
            Assert.DoesNotContain("Test Testsson", json, StringComparison.Ordinal);
        }
    }
}
