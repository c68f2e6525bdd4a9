using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.EndToEndTests.Assessment;

/// <summary>What users see cites the act in force on the day of the event, and says when the platform has not verified a reference.</summary>
[Collection(PlatformCollection.Name)]
public sealed class LegalReferenceTests(PlatformFixture platform)
{
    [Theory]
    [InlineData("2025-06-30T10:00:00+02:00", "11 kap. 1 a § SoL (2001:453)")]
    [InlineData("2025-07-01T10:00:00+02:00", "20 kap. 2 § SoL (2025:400)")]
    public async Task Given_a_report_received_on_either_side_of_the_new_act_When_decided_now_Then_the_deadline_cites_the_receipts_act_and_the_decision_todays_unverified(
        string receivedAt, string deadlineReference)
    {
        // Arrange
        using var ready = await ReadyAssessment.OpenAsync(platform, report: r => r with { ReceivedAt = DateTimeOffset.Parse(receivedAt, System.Globalization.CultureInfo.InvariantCulture) });
        var (_, caseworker, _, id) = ready;

        // Act
        using var response = await AssessmentApi.DecideAsync(caseworker, id, "open-investigation");
        var assessment = await response.Content.ReadFromJsonAsync<JsonElement>();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(deadlineReference, assessment.GetProperty("legalReference").GetString());
        Assert.True(assessment.GetProperty("legalReferenceVerified").GetBoolean());
        Assert.Equal("SoL (2025:400), motsvarande 11 kap. 1 § SoL (2001:453) (unverified)", assessment.GetProperty("decision").GetProperty("legalProvision").GetString());
    }

    [Fact]
    public async Task Given_an_unqualified_caseworker_When_refused_Then_the_refusal_cites_the_new_act_and_says_the_reference_is_unverified()
    {
        // Arrange
        using var ready = await ReadyAssessment.OpenAsync(platform);
        var (municipality, caseworker, _, id) = ready;
        using var student = await platform.ForMunicipalityAsync(municipality, qualified: false, sub: "student");

        // Act
        using var response = await AssessmentApi.PutAsync(student, id, "triage", new { colour = "red" });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.EndsWith("(SoL (2025:400), motsvarande 3 kap. 3 a § SoL (2001:453) (unverified)).", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
