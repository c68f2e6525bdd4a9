using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.EndToEndTests.Assessment;

/// <summary>What the law does not leave open: "do not open" on violence by a närstående, and a decision before the protection assessment.</summary>
[Collection(PlatformCollection.Name)]
public sealed class LegalRefusalTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_a_report_of_violence_by_a_close_relative_When_a_delegate_decides_not_to_open_Then_409_names_SOSFS_2014_4_and_opening_is_accepted()
    {
        // Arrange
        using var ready = await ReadyAssessment.OpenAsync(platform, role: "teamledare", report: r => r with { ViolenceByCloseRelative = true, ConcernCategories = [Platform.Contracts.Intake.ConcernCategory.Violence] });
        var (_, teamLead, _, id) = ready;

        // Act
        using var refused = await AssessmentApi.DecideAsync(teamLead, id, "do-not-open", "Familjen har redan stöd.");
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        using var opened = await AssessmentApi.DecideAsync(teamLead, id, "open-investigation");

        // Assert
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("6 kap. 1 § SOSFS 2014:4", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
    }

    [Fact]
    public async Task Given_an_anmalan_whose_protection_assessment_intake_has_not_recorded_When_decided_Then_409_until_the_event_arrives()
    {
        // Arrange
        var municipality = Municipalities.Next();
        await AssessmentApi.EnsureDelegationOrderAsync(platform, municipality);
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        using var caseworker = await platform.ForMunicipalityAsync(municipality);
        var report = Reports.Registered(municipality, Guid.NewGuid()) with { CaseNumber = "2026-004711" };
        var id = AssessmentApi.IdOf(await AssessmentApi.PublishAndWaitAsync(bus, caseworker, report));
        await AssessmentApi.PrepareForDecisionAsync(caseworker, id);

        // Act
        using var refused = await AssessmentApi.DecideAsync(caseworker, id, "open-investigation");
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        await AssessmentApi.ProtectionAssessedAsync(bus, caseworker, report);
        using var accepted = await AssessmentApi.DecideAsync(caseworker, id, "open-investigation");

        // Assert
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("2026-004711", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }
}
