using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.EndToEndTests.Assessment;

[Collection(PlatformCollection.Name)]
public sealed class RecordingTests(PlatformFixture platform)
{
    private async Task<Guid> OpenAsync(HttpClient client, string municipality)
    {
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        return AssessmentApi.IdOf(await AssessmentApi.PublishAndWaitAsync(bus, client, Reports.Registered(municipality, Guid.NewGuid())));
    }

    [Fact]
    public async Task Given_an_open_assessment_When_assigned_triaged_and_the_childs_view_recorded_Then_the_assessment_shows_them()
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var teamLead = await platform.ForMunicipalityAsync(municipality, role: "teamledare", name: "Tove Teamledare");
        var id = await OpenAsync(teamLead, municipality);

        // Act
        using var assigned = await AssessmentApi.PutAsync(teamLead, id, "assignee", new { assigneeId = "u-anna", assigneeName = "Anna Andersson", assigneeQualified = true });
        using var triaged = await AssessmentApi.PutAsync(teamLead, id, "triage", new { colour = "yellow" });
        using var view = await AssessmentApi.PutAsync(teamLead, id, "child-view", new { obtained = false, text = "Barnet är två år." });
        var assessment = await AssessmentApi.GetAsync(teamLead, id);

        // Assert
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], [assigned.StatusCode, triaged.StatusCode, view.StatusCode]);
        Assert.Equal("Anna Andersson", assessment.GetProperty("assignee").GetProperty("name").GetString());
        Assert.Equal("yellow", assessment.GetProperty("triage").GetString());
        Assert.False(assessment.GetProperty("childView").GetProperty("obtained").GetBoolean());
        Assert.Equal("Tove Teamledare", assessment.GetProperty("childView").GetProperty("recordedByName").GetString());
    }

    [Theory]
    [InlineData("assignee", """{"assigneeId":"u-student","assigneeName":"Sam Student","assigneeQualified":false}""", "assigneeQualified")]
    [InlineData("triage", """{"colour":"purple"}""", "colour")]
    [InlineData("child-view", """{"obtained":false}""", "text")]
    [InlineData("prior-knowledge", """{"hasPriorKnowledge":"yes"}""", "hasPriorKnowledge")]
    public async Task Given_bad_input_When_recorded_Then_400_names_the_field_and_nothing_is_written(string what, string body, string field)
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var caseworker = await platform.ForMunicipalityAsync(municipality);
        var id = await OpenAsync(caseworker, municipality);
        var before = (await AssessmentApi.GetAsync(caseworker, id)).ToString();

        // Act
        using var response = await caseworker.PutAsync($"/api/assessment/assessments/{id}/{what}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await AssessmentApi.ErrorsOfAsync(response)).TryGetProperty(field, out _));
        Assert.Equal(before, (await AssessmentApi.GetAsync(caseworker, id)).ToString());
    }

    [Theory]
    [InlineData("namnd", true, "casework-roles")]
    [InlineData("handlaggare", false, "qualified-staff")]
    public async Task Given_someone_who_may_read_but_not_assess_When_recording_Then_403_names_the_rule(string role, bool qualified, string rule)
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var caseworker = await platform.ForMunicipalityAsync(municipality);
        using var reader = await platform.ForMunicipalityAsync(municipality, role: role, qualified: qualified, sub: "reader");
        var id = await OpenAsync(caseworker, municipality);

        // Act
        using var read = await reader.GetAsync($"/api/assessment/assessments/{id}");
        using var write = await AssessmentApi.PutAsync(reader, id, "triage", new { colour = "red" });

        // Assert
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(rule, await AssessmentApi.RuleOfAsync(write));
    }

    [Fact]
    public async Task Given_an_operator_When_reading_the_worklist_Then_it_is_forbidden()
    {
        // Arrange
        using var operatorClient = await platform.ForMunicipalityAsync(Municipalities.Next(), role: "operator");

        // Act
        using var response = await operatorClient.GetAsync("/api/assessment/worklist");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Given_a_decided_assessment_When_recording_on_it_Then_409()
    {
        // Arrange
        using var ready = await ReadyAssessment.OpenAsync(platform);
        var (_, caseworker, _, id) = ready;
        using var decided = await AssessmentApi.DecideAsync(caseworker, id, "open-investigation");

        // Act
        using var response = await AssessmentApi.PutAsync(caseworker, id, "triage", new { colour = "red" });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        // Assert
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(409, problem.GetProperty("status").GetInt32());
    }
}
