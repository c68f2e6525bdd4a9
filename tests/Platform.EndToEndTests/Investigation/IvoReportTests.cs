using System.Net;

namespace Platform.EndToEndTests.Investigation;

/// <summary>The quarterly report to IVO is for quality staff and managers, for a quarter named as 2027-Q1.</summary>
[Collection(PlatformCollection.Name)]
public sealed class IvoReportTests(PlatformFixture platform)
{
    [Theory]
    [InlineData("handlaggare", "2027-Q1", HttpStatusCode.Forbidden)]
    [InlineData("kvalitetsutvecklare", "2027-Q5", HttpStatusCode.BadRequest)]
    [InlineData("kvalitetsutvecklare", "2027-Q1", HttpStatusCode.OK)]
    [InlineData("forvaltningschef", "2027-Q1", HttpStatusCode.OK)]
    public async Task Given_a_role_and_a_quarter_When_asking_for_the_ivo_report_Then_it_is_given_or_refused(string role, string quarter, HttpStatusCode expected)
    {
        // Arrange
        using var caller = await platform.ForMunicipalityAsync(Municipalities.Next(), role: role);

        // Act
        using var response = await caller.GetAsync($"/api/investigation/ivo-report?quarter={quarter}&format=csv");

        // Assert
        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Forbidden)
        {
            Assert.Equal("quality-reports", await InvestigationApi.RuleOfAsync(response));
        }
        else if (expected == HttpStatusCode.OK)
        {
            Assert.StartsWith("category,interventionId,decidedOn", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }
}
