using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Contracts.Assessment;

namespace Platform.EndToEndTests.Assessment;

/// <summary>A report about a child who lives elsewhere is forwarded: it is closed here and its assessment ends.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ForwardingTests(PlatformFixture platform)
{
    private static object Forwarded(object? forwardedTo) => new { outcome = "forwarded", reasoning = "Barnet är folkbokfört i Värnamo.", forwardedTo };

    [Fact]
    public async Task Given_a_child_living_in_another_municipality_When_forwarded_Then_the_assessment_ends_the_report_closes_here_and_the_event_names_the_receiver()
    {
        // Arrange
        await using var desk = await MunicipalityDesk.OpenAsync(platform);
        var (municipality, bus, caseworker) = desk;
        var decisions = await bus.ListenAsync<AssessmentDecided>();
        var id = await AssessmentApi.OpenReadyToDecideAsync(platform, caseworker, Reports.Registered(municipality, Guid.NewGuid()));
        var today = AssessmentApi.Today;

        // Act
        using var response = await AssessmentApi.PostAsync(caseworker, id, "decision", Forwarded(new { municipality = "0683", on = today }));
        var assessment = await response.Content.ReadFromJsonAsync<JsonElement>();
        var published = await decisions.WaitForAsync(e => e.AssessmentId == id);
        var worklist = await caseworker.GetFromJsonAsync<JsonElement>("/api/assessment/worklist");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("decided", assessment.GetProperty("status").GetString());
        Assert.Equal("forwarded", assessment.GetProperty("decision").GetProperty("outcome").GetString());
        Assert.Equal("0683", assessment.GetProperty("decision").GetProperty("forwardedTo").GetProperty("municipality").GetString());
        Assert.Equal("forwarded", assessment.GetProperty("reports")[0].GetProperty("disposition").GetString());
        Assert.Equal(0, assessment.GetProperty("feedbackTasks").GetArrayLength());
        Assert.Equal(AssessmentOutcome.Forwarded, published.Outcome);
        Assert.Equal("0683", published.ForwardedToMunicipality);
        Assert.Equal(today, published.ForwardedOn);
        Assert.DoesNotContain(worklist.GetProperty("items").EnumerateArray(), i => i.GetProperty("assessmentId").GetGuid() == id);
    }

    [Fact]
    public async Task Given_a_forwarding_to_no_or_the_same_municipality_When_decided_Then_400_names_the_field_and_nothing_is_decided()
    {
        // Arrange
        using var ready = await ReadyAssessment.OpenAsync(platform);
        var (municipality, caseworker, _, id) = ready;

        // Act
        using var missing = await AssessmentApi.PostAsync(caseworker, id, "decision", Forwarded(null));
        using var same = await AssessmentApi.PostAsync(caseworker, id, "decision", Forwarded(new { municipality, on = AssessmentApi.Today }));

        // Assert
        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest], [missing.StatusCode, same.StatusCode]);
        Assert.True((await AssessmentApi.ErrorsOfAsync(missing)).TryGetProperty("forwardedTo", out _));
        Assert.True((await AssessmentApi.ErrorsOfAsync(same)).TryGetProperty("forwardedTo.municipality", out _));
        Assert.Equal("open", (await AssessmentApi.GetAsync(caseworker, id)).GetProperty("status").GetString());
    }
}
