using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.EndToEndTests.Assessment;

[Collection(PlatformCollection.Name)]
public sealed class ExtensionTests(PlatformFixture platform)
{
    private async Task<(Guid Id, DateOnly DueDate)> OpenAsync(HttpClient client, string municipality)
    {
        await AssessmentApi.EnsureDelegationOrderAsync(platform, municipality);
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        var assessment = await AssessmentApi.PublishAndWaitAsync(bus, client, Reports.Registered(municipality, Guid.NewGuid()));
        return (AssessmentApi.IdOf(assessment), DateOnly.Parse(assessment.GetProperty("dueDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Given_an_extension_without_a_reason_When_requested_Then_400_names_the_reason_and_the_deadline_stays()
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var manager = await platform.ForMunicipalityAsync(municipality, role: "enhetschef");
        var (id, dueDate) = await OpenAsync(manager, municipality);

        // Act
        using var response = await AssessmentApi.PostAsync(manager, id, "extensions", new { newDueDate = dueDate.AddDays(7) });

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await AssessmentApi.ErrorsOfAsync(response)).TryGetProperty("reason", out _));
        var assessment = await AssessmentApi.GetAsync(manager, id);
        Assert.False(assessment.GetProperty("extended").GetBoolean());
        Assert.Equal(0, assessment.GetProperty("extensions").GetArrayLength());
    }

    [Fact]
    public async Task Given_an_order_giving_extensions_to_unit_managers_When_a_caseworker_extends_Then_403_names_the_rule()
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var caseworker = await platform.ForMunicipalityAsync(municipality);
        var (id, dueDate) = await OpenAsync(caseworker, municipality);

        // Act
        using var response = await AssessmentApi.PostAsync(caseworker, id, "extensions", new { newDueDate = dueDate.AddDays(7), reason = "Synnerliga skäl: tolk saknas." });

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("delegation-order:extend-assessment", await AssessmentApi.RuleOfAsync(response));
    }

    [Fact]
    public async Task Given_a_unit_manager_with_a_reason_When_extending_Then_the_new_deadline_and_the_extension_are_visible()
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var manager = await platform.ForMunicipalityAsync(municipality, role: "enhetschef");
        var (id, dueDate) = await OpenAsync(manager, municipality);

        // Act
        using var response = await AssessmentApi.PostAsync(manager, id, "extensions", new { newDueDate = dueDate.AddDays(7), reason = "Synnerliga skäl: barnet kan höras först efter lovet." });
        var extended = await response.Content.ReadFromJsonAsync<JsonElement>();

        // Assert
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(extended.GetProperty("extended").GetBoolean());
        Assert.Equal(dueDate.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), extended.GetProperty("dueDate").GetString());
        var extension = extended.GetProperty("extensions")[0];
        Assert.Equal("enhetschef", extension.GetProperty("extendedByRole").GetString());
        Assert.StartsWith("Synnerliga skäl", extension.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_new_date_not_after_the_deadline_When_extending_Then_400_names_the_date()
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var manager = await platform.ForMunicipalityAsync(municipality, role: "enhetschef");
        var (id, dueDate) = await OpenAsync(manager, municipality);

        // Act
        using var response = await AssessmentApi.PostAsync(manager, id, "extensions", new { newDueDate = dueDate, reason = "Synnerliga skäl." });

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await AssessmentApi.ErrorsOfAsync(response)).TryGetProperty("newDueDate", out _));
    }
}
