using System.Net;

namespace Platform.EndToEndTests.Intake;

[Collection(PlatformCollection.Name)]
public sealed class ProtectionAssessmentTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_an_anmalan_When_assessed_in_time_Then_who_when_and_what_are_recorded_and_it_leaves_the_worklist()
    {
        // Arrange
        var client = await platform.ForMunicipalityAsync(Municipalities.Next(), role: "handlaggare", name: "Anna Andersson");
        var registered = await client.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(21)));
        var reportId = registered.Id("reportId");

        // Act
        var recorded = await client.AssessAsync(reportId, IntakeRequests.Assessment());

        // Assert
        Assert.True(recorded.GetProperty("withinDeadline").GetBoolean());
        Assert.False(recorded.GetProperty("late").GetBoolean());
        var assessment = (await client.ReportAsync(reportId)).GetProperty("protectionAssessment");
        Assert.Equal("Anna Andersson", assessment.Text("assessorName"));
        Assert.Equal("handlaggare", assessment.Text("assessorRole"));
        Assert.Equal("Barnet är i skolan och har inga synliga skador.", assessment.Text("circumstances"));
        Assert.False(assessment.GetProperty("immediateProtectionNeeded").GetBoolean());
        Assert.StartsWith("Inga omedelbara", assessment.Text("actionsTaken"), StringComparison.Ordinal);
        Assert.Empty(await client.WorklistAsync());
        Assert.Equal("protection-assessed", (await client.ReportAsync(reportId)).Text("status"));
    }

    [Fact]
    public async Task Given_an_anmalan_past_its_deadline_When_assessed_Then_it_is_accepted_and_recorded_as_late()
    {
        // Arrange
        var client = await platform.ForMunicipalityAsync(Municipalities.Next());
        var registered = await client.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(22), DateTimeOffset.UtcNow.AddDays(-2)));

        // Act
        var recorded = await client.AssessAsync(registered.Id("reportId"), IntakeRequests.Assessment());

        // Assert
        Assert.False(recorded.GetProperty("withinDeadline").GetBoolean());
        Assert.True(recorded.GetProperty("late").GetBoolean());
        Assert.True((await client.ReportAsync(registered.Id("reportId"))).GetProperty("protectionAssessment").GetProperty("late").GetBoolean());
    }

    [Fact]
    public async Task Given_an_assessment_made_in_time_but_recorded_late_When_recorded_Then_it_counts_as_in_time()
    {
        // Arrange
        var client = await platform.ForMunicipalityAsync(Municipalities.Next());
        var receivedAt = DateTimeOffset.UtcNow.AddHours(-30);
        var registered = await client.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(23), receivedAt));

        // Act
        var recorded = await client.AssessAsync(registered.Id("reportId"), IntakeRequests.Assessment(receivedAt.AddHours(2)));

        // Assert
        Assert.True(recorded.GetProperty("withinDeadline").GetBoolean());
    }

    [Fact]
    public async Task Given_a_recorded_assessment_When_a_second_is_sent_Then_409()
    {
        // Arrange
        var client = await platform.ForMunicipalityAsync(Municipalities.Next());
        var reportId = (await client.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(24)))).Id("reportId");
        await client.AssessAsync(reportId, IntakeRequests.Assessment());

        // Act
        using var second = await client.PostAsync($"/api/intake/reports/{reportId}/protection-assessment", IntakeRequests.Assessment());

        // Assert
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
    }

    [Fact]
    public async Task Given_an_assessment_missing_every_part_When_sent_Then_400_names_each_part_and_nothing_is_recorded()
    {
        // Arrange
        var municipality = Municipalities.Next();
        var client = await platform.ForMunicipalityAsync(municipality);
        var reportId = (await client.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(25)))).Id("reportId");

        // Act
        using var response = await client.PostAsync($"/api/intake/reports/{reportId}/protection-assessment", new System.Text.Json.Nodes.JsonObject());

        // Assert
        var fields = await IntakeApi.ValidationFieldsAsync(response);
        Assert.Equal(["actionsTaken", "assessedAt", "circumstances", "immediateProtectionNeeded"], fields.Order(StringComparer.Ordinal));
        Assert.Equal(0, await IntakeDatabase.CountAsync(platform, "protection_assessments", municipality));
        Assert.Single(await client.WorklistAsync());
    }

    [Fact]
    public async Task Given_an_assessment_time_in_the_future_When_sent_Then_400_names_it()
    {
        // Arrange
        var client = await platform.ForMunicipalityAsync(Municipalities.Next());
        var reportId = (await client.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(26)))).Id("reportId");

        // Act
        using var response = await client.PostAsync(
            $"/api/intake/reports/{reportId}/protection-assessment", IntakeRequests.Assessment(DateTimeOffset.UtcNow.AddHours(2)));

        // Assert
        Assert.Equal(["assessedAt"], await IntakeApi.ValidationFieldsAsync(response));
    }

    [Fact]
    public async Task Given_an_unqualified_caller_When_assessing_Then_403_names_the_rule()
    {
        // Arrange
        var municipality = Municipalities.Next();
        var qualified = await platform.ForMunicipalityAsync(municipality);
        var unqualified = await platform.ForMunicipalityAsync(municipality, qualified: false, sub: "student-" + municipality);
        var reportId = (await qualified.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(27)))).Id("reportId");

        // Act
        using var response = await unqualified.PostAsync($"/api/intake/reports/{reportId}/protection-assessment", IntakeRequests.Assessment());

        // Assert
        var problem = await IntakeApi.ExpectAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal("qualified-staff", problem.Text("rule"));
    }

    [Fact]
    public async Task Given_an_ansokan_When_assessed_Then_409_because_only_an_anmalan_has_one()
    {
        // Arrange
        var client = await platform.ForMunicipalityAsync(Municipalities.Next());
        var reportId = (await client.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(28), classification: "ansokan"))).Id("reportId");

        // Act
        using var response = await client.PostAsync($"/api/intake/reports/{reportId}/protection-assessment", IntakeRequests.Assessment());

        // Assert
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }
    [Fact]
    public async Task Given_two_assessments_sent_at_once_When_recorded_Then_exactly_one_wins_and_the_other_is_409()
    {
        // Arrange
        var municipality = Municipalities.Next();
        var client = await platform.ForMunicipalityAsync(municipality);
        var reportId = (await client.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(29)))).Id("reportId");

        // Act
        var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            client.PostAsync($"/api/intake/reports/{reportId}/protection-assessment", IntakeRequests.Assessment())));

        // Assert
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        Assert.Equal(1, await IntakeDatabase.CountAsync(platform, "protection_assessments", municipality));
    }
}
