using System.Net;
using System.Net.Http.Headers;
using Platform.EndToEndTests.Investigation;

namespace Platform.EndToEndTests.Quality;

/// <summary>The annual quality report through the gateway: its table cells are the indicators API's for the same year, its charts drawn, its PDF printed with pages.</summary>
[Collection(PlatformCollection.Name)]
public sealed class AnnualReportTests(PlatformFixture platform)
{
    /// <summary>The year of the case the tests drive today (Europe/Stockholm).</summary>
    private static readonly string ThisYear = QualityApi.ThisMonth[..4];

    [Fact]
    public async Task Given_a_concluded_case_When_this_years_report_is_rendered_Then_its_figures_are_the_indicators_apis_and_the_self_audits()
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var committee = await platform.ForMunicipalityAsync(municipality, role: "namnd", sub: "committee");
        using var quality = await platform.ForMunicipalityAsync(municipality, role: "kvalitetsutvecklare", sub: "quality");
        await QualityApi.ConcludedCaseAsync(platform, municipality, unit: "barn-och-unga");
        await QualityApi.WhenConcludedAsync(committee);

        // Act: the report and the indicators read until both stand on the same events.
        var found = await ApiClients.EventuallyAsync<(ReportPage, System.Text.Json.JsonElement)?>(async () =>
        {
            var before = await QualityApi.IndicatorsAsync(committee, ThisYear);
            using var response = await committee.GetAsync($"/api/quality/annual-report?year={ThisYear}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            var read = new ReportPage(await response.Content.ReadAsStringAsync());
            var after = await QualityApi.IndicatorsAsync(committee, ThisYear);
            return before.GetRawText() == after.GetRawText() ? (read, after) : null;
        }, TimeSpan.FromSeconds(60));
        var (page, indicators) = found!.Value;

        // Assert
        var ids = indicators.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), page.Figures.Keys.Order(StringComparer.Ordinal));
        Assert.All(ids, id => Assert.Equal(QualityApi.Figures(indicators, id), page.Figure(id)));
        Assert.Equal((1L, 1L), page.Figure("investigation-days-0-90"));
        Assert.Equal((ReportPage.Missing, ReportPage.Missing), page.Figures["placements-started"]);
        Assert.Equal(4, page.Charts.Count);
        Assert.All(page.Charts.Values, png => Assert.True(ReportPage.IsPng(png)));
        using var answer = await quality.GetAsync($"/api/quality/self-audit/results?unit=barn-och-unga&year={ThisYear}");
        var results = await InvestigationApi.ExpectAsync(answer, HttpStatusCode.OK);
        var rows = Assert.Single(page.SelfAudit, u => u.Key == "barn-och-unga").Value;
        Assert.Equal(results.GetProperty("items").GetArrayLength(), rows.Count);
        foreach (var item in results.GetProperty("items").EnumerateArray())
        {
            var tally = item.GetProperty("thisYear");
            var (yes, no) = (tally.GetProperty("yes").GetInt32(), tally.GetProperty("no").GetInt32());
            var cell = rows[item.GetProperty("item").GetString()!].ThisYear;
            Assert.Equal(yes + no == 0, cell == ReportPage.Missing);
            Assert.True(yes + no == 0 || cell.EndsWith($"({yes} av {yes + no})", StringComparison.Ordinal), cell);
        }

        Assert.EndsWith("(1 av 1)", rows["investigation-in-time"].ThisYear, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_the_report_When_asked_for_as_pdf_Then_chromium_prints_a_pdf_with_pages()
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var quality = await platform.ForMunicipalityAsync(municipality, role: "kvalitetsutvecklare", sub: "quality");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/quality/annual-report?year={ThisYear}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/pdf"));

        // Act
        using var response = await quality.SendAsync(request);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = System.Text.Encoding.Latin1.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("%PDF", pdf, StringComparison.Ordinal);
        Assert.Matches(@"/Type\s*/Page[^s]", pdf);
    }

    [Fact]
    public async Task Given_a_year_that_is_not_one_When_the_report_is_asked_for_Then_400_names_the_year()
    {
        // Arrange
        using var caseworker = await platform.ForMunicipalityAsync(Municipalities.Next());

        // Act
        using var response = await caseworker.GetAsync("/api/quality/annual-report?year=twenty");

        // Assert
        var problem = await InvestigationApi.ExpectAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("year", out var _));
    }
}
