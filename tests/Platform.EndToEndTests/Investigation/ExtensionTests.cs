using System.Net;

namespace Platform.EndToEndTests.Investigation;

/// <summary>An extension is a delegated decision, for särskilda skäl, to a stated day, taken before the deadline in force passes.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ExtensionTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_an_investigation_past_its_deadline_When_a_unit_manager_extends_it_Then_409_and_it_stays_overdue()
    {
        // Arrange: an application received five months ago was due a month ago.
        using var opened = await OpenedInvestigation.OpenAsync(platform, role: "enhetschef", daysAgo: 150);
        var (_, manager, id) = opened;

        // Act
        using var response = await InvestigationApi.PostAsync(manager, id, "extensions",
            new { newDueDate = InvestigationApi.Today.AddMonths(1), reason = "Särskilda skäl: barnet kan höras först efter vården." });

        // Assert
        var problem = await InvestigationApi.ExpectAsync(response, HttpStatusCode.Conflict);
        Assert.Contains("never after", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var investigation = await InvestigationApi.GetAsync(manager, id);
        Assert.True(investigation.GetProperty("overdue").GetBoolean());
        Assert.False(investigation.GetProperty("extended").GetBoolean());
    }

    [Theory]
    [InlineData("{\"newDueDate\":null,\"reason\":\"Särskilda skäl.\"}", "newDueDate")]
    [InlineData("{\"newDueDate\":\"2099-01-01\"}", "reason")]
    public async Task Given_an_extension_without_a_stated_day_or_reason_When_sent_Then_400_names_the_field(string body, string field)
    {
        // Arrange
        using var opened = await OpenedInvestigation.OpenAsync(platform, role: "enhetschef");
        var (_, manager, id) = opened;

        // Act
        using var response = await InvestigationApi.SendRawAsync(manager, HttpMethod.Post, id, "extensions", body);

        // Assert
        await InvestigationApi.ExpectFieldErrorAsync(response, field);
    }

    [Fact]
    public async Task Given_a_municipality_without_a_delegation_order_When_extending_in_time_Then_409_says_the_order_is_missing()
    {
        // Arrange
        using var opened = await OpenedInvestigation.OpenAsync(platform, role: "enhetschef");
        var (_, manager, id) = opened;

        // Act
        using var response = await InvestigationApi.PostAsync(manager, id, "extensions",
            new { newDueDate = InvestigationApi.Today.AddMonths(5), reason = "Särskilda skäl: tolk saknas." });

        // Assert
        var problem = await InvestigationApi.ExpectAsync(response, HttpStatusCode.Conflict);
        Assert.Contains("no delegation order", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
