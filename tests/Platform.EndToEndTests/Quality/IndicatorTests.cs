using System.Net;
using Platform.EndToEndTests.Investigation;

namespace Platform.EndToEndTests.Quality;

/// <summary>
/// The quality indicators through the gateway, fed by the events the other services publish as a case goes from
/// report to concluded investigation: the figures with numerators and denominators, the cases behind them for
/// quality staff only, and the same figures after a rebuild from the received events.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class IndicatorTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_a_case_concluded_today_When_this_months_indicators_are_read_Then_each_figure_counts_it()
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var quality = await platform.ForMunicipalityAsync(municipality, role: "kvalitetsutvecklare", sub: "quality");
        await QualityApi.ConcludedCaseAsync(platform, municipality);

        // Act
        var answer = await QualityApi.WhenConcludedAsync(quality);

        // Assert
        Assert.Equal((1L, (long?)null), QualityApi.Figures(answer, "reports-received"));
        Assert.Equal((1L, 1L), QualityApi.Figures(answer, "protection-assessments-within-24h"));
        Assert.Equal((1L, (long?)null), QualityApi.Figures(answer, "assessments-opened"));
        Assert.Equal((1L, 1L), QualityApi.Figures(answer, "assessments-within-14-days"));
        Assert.Equal((0L, 1L), QualityApi.Figures(answer, "assessments-late"));
        Assert.Equal((0L, 1L), QualityApi.Figures(answer, "decisions-without-delegation"));
        Assert.Equal((1L, (long?)null), QualityApi.Figures(answer, "investigations-opened"));
        Assert.Equal((0L, (long?)null), QualityApi.Figures(answer, "investigations-ongoing"));
        Assert.Equal((1L, 1L), QualityApi.Figures(answer, "investigations-within-4-months"));
        Assert.Equal((1L, 1L), QualityApi.Figures(answer, "investigation-days-0-90"));
        Assert.Equal((0L, 1L), QualityApi.Figures(answer, "investigation-days-91-123"));
        Assert.Equal((0L, 1L), QualityApi.Figures(answer, "investigation-days-over-123"));
        Assert.True(answer.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "placements-started").GetProperty("noData").GetBoolean());
    }

    [Fact]
    public async Task Given_a_concluded_case_When_a_quality_developer_opens_a_figure_Then_the_case_is_listed_and_a_caseworker_is_refused()
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var quality = await platform.ForMunicipalityAsync(municipality, role: "kvalitetsutvecklare", sub: "quality");
        using var caseworker = await platform.ForMunicipalityAsync(municipality);
        var (_, investigation) = await QualityApi.ConcludedCaseAsync(platform, municipality);
        await QualityApi.WhenConcludedAsync(quality);

        // Act
        using var listed = await quality.GetAsync($"/api/quality/indicators/investigation-days-0-90/cases?period={QualityApi.ThisMonth}");
        using var refused = await caseworker.GetAsync($"/api/quality/indicators/investigation-days-0-90/cases?period={QualityApi.ThisMonth}");

        // Assert
        var cases = await InvestigationApi.ExpectAsync(listed, HttpStatusCode.OK);
        Assert.Equal(investigation, Assert.Single(cases.GetProperty("cases").EnumerateArray()).GetProperty("caseId").GetGuid());
        Assert.Equal("quality-reports", (await InvestigationApi.ExpectAsync(refused, HttpStatusCode.Forbidden)).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Given_the_projections_When_rebuilt_through_the_gateway_Then_the_figures_are_the_same()
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var quality = await platform.ForMunicipalityAsync(municipality, role: "kvalitetsutvecklare", sub: "quality");
        await QualityApi.ConcludedCaseAsync(platform, municipality);
        var before = (await QualityApi.WhenConcludedAsync(quality)).GetRawText();

        // Act
        using var rebuilt = await quality.PostAsync("/api/quality/projections/rebuild", null);

        // Assert
        Assert.True((await InvestigationApi.ExpectAsync(rebuilt, HttpStatusCode.OK)).GetProperty("eventsReplayed").GetInt32() > 0);
        Assert.Equal(before, (await QualityApi.IndicatorsAsync(quality, QualityApi.ThisMonth)).GetRawText());
    }

    [Fact]
    public async Task Given_no_period_When_the_indicators_are_asked_for_Then_400_names_the_period()
    {
        // Arrange
        using var quality = await platform.ForMunicipalityAsync(Municipalities.Next(), role: "kvalitetsutvecklare", sub: "quality");

        // Act
        using var response = await quality.GetAsync("/api/quality/indicators");

        // Assert
        var problem = await InvestigationApi.ExpectAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("period", out _));
    }
}
