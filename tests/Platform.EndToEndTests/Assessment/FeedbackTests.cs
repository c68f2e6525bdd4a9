using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Contracts.Assessment;

namespace Platform.EndToEndTests.Assessment;

[Collection(PlatformCollection.Name)]
public sealed class FeedbackTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_a_mandatory_reporter_who_asked_When_decided_Then_a_feedback_task_is_due_and_recording_it_closes_it()
    {
        // Arrange
        using var ready = await ReadyAssessment.OpenAsync(platform);
        var (_, caseworker, report, id) = ready;
        using var decided = await AssessmentApi.DecideAsync(caseworker, id, "open-investigation");
        var task = (await decided.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("feedbackTasks")[0];
        var listedBefore = await caseworker.GetFromJsonAsync<JsonElement>("/api/assessment/worklist/feedback");

        // Act
        using var given = await AssessmentApi.PostAsync(caseworker, id, "feedback", new { reportId = report.ReportId });
        using var again = await AssessmentApi.PostAsync(caseworker, id, "feedback", new { reportId = report.ReportId });
        var listedAfter = await caseworker.GetFromJsonAsync<JsonElement>("/api/assessment/worklist/feedback");

        // Assert
        Assert.Equal("open-investigation", task.GetProperty("outcome").GetString());
        Assert.Equal(report.ReportId, listedBefore.GetProperty("items")[0].GetProperty("reportId").GetGuid());
        Assert.Equal(HttpStatusCode.OK, given.StatusCode);
        var recorded = await given.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("open-investigation", recorded.GetProperty("outcome").GetString());
        Assert.Equal("given", recorded.GetProperty("result").GetString());
        Assert.True(recorded.GetProperty("withinDeadline").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(0, listedAfter.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Given_a_feedback_task_When_it_ends_as_not_given_Then_the_reason_is_required_kept_and_the_end_announced_without_it()
    {
        // Arrange
        await using var desk = await MunicipalityDesk.OpenAsync(platform);
        var (municipality, bus, caseworker) = desk;
        var notGiven = await bus.ListenAsync<ReporterFeedbackNotGiven>();
        var report = Reports.Registered(municipality, Guid.NewGuid());
        var id = await AssessmentApi.OpenReadyToDecideAsync(platform, caseworker, report);
        using var decided = await AssessmentApi.DecideAsync(caseworker, id, "open-investigation");
        const string Reason = "Återkoppling skulle kunna skada barnet.";

        // Act
        using var withoutReason = await AssessmentApi.PostAsync(caseworker, id, "feedback", new { reportId = report.ReportId, given = false });
        using var ended = await AssessmentApi.PostAsync(caseworker, id, "feedback", new { reportId = report.ReportId, given = false, notGivenReason = Reason });
        var task = await ended.Content.ReadFromJsonAsync<JsonElement>();
        var (published, raw) = await notGiven.WaitForRawAsync(e => e.AssessmentId == id);
        var listed = await caseworker.GetFromJsonAsync<JsonElement>("/api/assessment/worklist/feedback");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.True((await AssessmentApi.ErrorsOfAsync(withoutReason)).TryGetProperty("notGivenReason", out _));
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Equal("not-given", task.GetProperty("result").GetString());
        Assert.Equal(Reason, task.GetProperty("notGivenReason").GetString());
        Assert.Equal(report.ReportId, published.ReportId);
        Assert.DoesNotContain("skada", raw, StringComparison.Ordinal);
        Assert.Equal(0, listed.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task Given_a_reporter_who_did_not_ask_or_is_not_mandatory_When_decided_Then_no_feedback_is_due(bool mandatory, bool asked)
    {
        // Arrange
        using var ready = await ReadyAssessment.OpenAsync(platform, report: r => r with { IsMandatoryReporter = mandatory, FeedbackRequested = asked });
        var (_, caseworker, _, id) = ready;

        // Act
        using var decided = await AssessmentApi.DecideAsync(caseworker, id, "open-investigation");
        using var feedback = await AssessmentApi.PostAsync(caseworker, id, "feedback", new { });

        // Assert
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal(0, (await decided.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("feedbackTasks").GetArrayLength());
        Assert.Equal(HttpStatusCode.Conflict, feedback.StatusCode);
    }

    [Fact]
    public async Task Given_a_municipality_that_tightened_feedback_to_three_days_When_decided_Then_the_task_is_due_at_the_end_of_the_third_day()
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var caseworker = await platform.ForMunicipalityAsync(municipality);
        using var manager = await platform.ForMunicipalityAsync(municipality, role: "enhetschef");
        using var loosened = await manager.PutAsJsonAsync("/api/assessment/settings", new { reporterFeedbackDays = 10 });
        using var refused = await caseworker.PutAsJsonAsync("/api/assessment/settings", new { reporterFeedbackDays = 3 });
        using var tightened = await manager.PutAsJsonAsync("/api/assessment/settings", new { reporterFeedbackDays = 3 });
        var id = await AssessmentApi.OpenReadyToDecideAsync(platform, caseworker, Reports.Registered(municipality, Guid.NewGuid()));

        // Act
        using var decided = await AssessmentApi.DecideAsync(caseworker, id, "open-investigation");
        var assessment = await decided.Content.ReadFromJsonAsync<JsonElement>();

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, loosened.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, tightened.StatusCode);
        var decidedAt = assessment.GetProperty("decision").GetProperty("decidedAt").GetDateTimeOffset();
        var dueAt = assessment.GetProperty("feedbackTasks")[0].GetProperty("dueAt").GetDateTimeOffset();
        Assert.InRange(dueAt - decidedAt, TimeSpan.FromDays(3), TimeSpan.FromDays(4));
    }
}
