using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.EndToEndTests.Assessment;

namespace Platform.EndToEndTests.Quality;

/// <summary>A decision refused as outside the delegation order reaches quality as a deviation on the case (issue 15).</summary>
[Collection(PlatformCollection.Name)]
public sealed class RefusedDecisionDeviationTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_a_caseworker_the_order_does_not_let_decide_do_not_open_When_they_try_Then_the_deviation_names_the_rule_and_the_decision()
    {
        // Arrange
        using var ready = await ReadyAssessment.OpenAsync(platform);
        using var head = await platform.ForMunicipalityAsync(ready.Municipality, role: "forvaltningschef");

        // Act
        using var refused = await AssessmentApi.DecideAsync(ready.Staff, ready.Id, "do-not-open");
        var deviation = await ApiClients.EventuallyAsync<JsonElement?>(async () =>
            (await head.GetFromJsonAsync<JsonElement>("/api/quality/deviations")).EnumerateArray()
                .Where(d => d.GetProperty("caseId").ValueKind == JsonValueKind.String && d.GetProperty("caseId").GetGuid() == ready.Id)
                .Select(d => (JsonElement?)d)
                .FirstOrDefault(), TimeSpan.FromSeconds(60));

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("delegation-order:do-not-open", await AssessmentApi.RuleOfAsync(refused));
        Assert.Equal("outside-delegation", deviation!.Value.GetProperty("source").GetString());
        Assert.Contains("delegation-order:do-not-open", deviation.Value.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("open", (await AssessmentApi.GetAsync(ready.Staff, ready.Id)).GetProperty("status").GetString());
    }
}
