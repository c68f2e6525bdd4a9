using System.Net.Http.Json;
using System.Text;
using Platform.EndToEndTests.Assessment;
using Platform.EndToEndTests.Intake;
using Platform.EndToEndTests.Investigation;
using Platform.EndToEndTests.Placements;

namespace Platform.EndToEndTests.Fuzz;

/// <summary>Each defect the fuzz run found, as a request that once was a 500 and now is a 400 naming the field.</summary>
[Collection(PlatformCollection.Name)]
public sealed class FuzzFindingsTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_a_query_value_of_the_wrong_type_When_the_access_log_is_read_Then_400_names_the_parameter()
    {
        // Arrange
        using var client = await platform.ForMunicipalityAsync(Municipalities.Next(), role: "enhetschef");

        // Act
        using var response = await client.GetAsync("/api/intake/access-log?recordId=not-an-id&flagged=false");

        // Assert
        Assert.Equal(["recordId"], await IntakeApi.ValidationFieldsAsync(response));
    }

    [Fact]
    public async Task Given_a_nul_in_a_query_value_When_the_worklist_is_read_Then_400_names_the_parameter()
    {
        // Arrange
        using var client = await platform.ForMunicipalityAsync(Municipalities.Next());

        // Act
        using var response = await client.GetAsync("/api/intake/reports?status=awaiting-protection-assessment&unit=a%00b");

        // Assert
        Assert.Equal(["unit"], await IntakeApi.ValidationFieldsAsync(response));
    }

    [Fact]
    public async Task Given_a_nul_in_free_text_When_a_deviation_is_reported_Then_400_names_the_field_and_nothing_is_written()
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var client = await platform.ForMunicipalityAsync(municipality);
        using var body = new StringContent("{\"description\":\"Uppf\\u0000ljning\",\"probability\":3,\"severity\":4}", Encoding.UTF8, "application/json");

        // Act
        using var response = await client.PostAsync("/api/quality/deviations", body);

        // Assert
        Assert.Equal(["description"], await IntakeApi.ValidationFieldsAsync(response));
        Assert.Empty(await TenantRows.CountAsync(platform, municipality));
    }

    [Fact]
    public async Task Given_an_enum_sent_as_a_number_When_an_assessment_is_triaged_Then_400_names_the_field()
    {
        // Arrange
        using var assessment = await ReadyAssessment.OpenAsync(platform);

        // Act
        using var response = await assessment.Staff.PutAsJsonAsync($"/api/assessment/assessments/{assessment.Id}/triage", new { colour = 7 });

        // Assert
        Assert.Equal(["colour"], await IntakeApi.ValidationFieldsAsync(response));
    }

    [Fact]
    public async Task Given_a_null_answer_When_a_follow_up_dialogue_is_recorded_Then_400_names_the_answer()
    {
        // Arrange
        await using var desk = await MunicipalityDesk.OpenAsync(platform);
        var id = await PlacementsApi.DecideAsync(desk.Bus, desk.Caseworker, PlacementsApi.Decided(desk.Municipality));

        // Act
        using var response = await PlacementsApi.PostAsync(desk.Caseworker, id, "dialogues", new { heldOn = PlacementsApi.Today, answers = new object?[] { null } });

        // Assert
        Assert.Contains("answers[0]", await IntakeApi.ValidationFieldsAsync(response));
    }

    [Fact]
    public async Task Given_a_null_intervention_When_an_investigation_is_decided_Then_400_names_the_intervention()
    {
        // Arrange
        using var investigation = await OpenedInvestigation.OpenAsync(platform);

        // Act
        using var response = await investigation.Staff.PostAsJsonAsync($"/api/investigation/investigations/{investigation.Id}/decision",
            new { outcome = "interventions", reasoning = "Behov av stöd.", interventions = new object?[] { null } });

        // Assert
        Assert.Contains("interventions[0]", await IntakeApi.ValidationFieldsAsync(response));
    }
}
