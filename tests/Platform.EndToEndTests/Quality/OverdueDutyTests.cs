using System.Net;
using Platform.EndToEndTests.Investigation;
using Platform.EndToEndTests.Placements;
using Platform.Rules;

namespace Platform.EndToEndTests.Quality;

/// <summary>A placement started through the gateway more than 6 months ago and never reviewed: quality counts its review overdue.</summary>
[Collection(PlatformCollection.Name)]
public sealed class OverdueDutyTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_a_placement_started_220_days_ago_and_never_reviewed_When_this_months_indicators_are_read_Then_its_review_is_counted_overdue()
    {
        // Arrange
        await using var desk = await MunicipalityDesk.OpenAsync(platform);
        var (municipality, bus, caseworker) = desk;
        using var quality = await platform.ForMunicipalityAsync(municipality, role: "kvalitetsutvecklare", sub: "quality");
        var decided = PlacementsApi.Decided(municipality) with { DecidedAt = StockholmCalendar.StartOf(PlacementsApi.Today.AddDays(-230)).AddHours(10) };
        var placement = await PlacementsApi.StartedAsync(bus, caseworker, decided, daysAgo: 220);

        // Act
        var answer = await ApiClients.EventuallyAsync<System.Text.Json.JsonElement?>(async () =>
        {
            var figures = await QualityApi.IndicatorsAsync(quality, QualityApi.ThisMonth);
            return QualityApi.Figures(figures, "placement-reviews-overdue").Denominator == 1 ? figures : null;
        }, TimeSpan.FromSeconds(60));
        using var listed = await quality.GetAsync($"/api/quality/indicators/placement-reviews-overdue/cases?period={QualityApi.ThisMonth}");

        // Assert
        Assert.Equal((1L, 1L), QualityApi.Figures(answer!.Value, "placement-reviews-overdue"));
        Assert.Equal((1L, 1L), QualityApi.Figures(answer.Value, "placement-visits-overdue"));
        var cases = await InvestigationApi.ExpectAsync(listed, HttpStatusCode.OK);
        Assert.Equal(placement, Assert.Single(cases.GetProperty("cases").EnumerateArray()).GetProperty("caseId").GetGuid());
    }
}
