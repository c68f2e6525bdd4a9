extern alias quality;

using System.Net.Http.Headers;
using System.Net.Http.Json;
using Platform.Testing.Http;

namespace Quality.Tests.InProcess;

/// <summary>
/// The kvalitetsberättelse of 2026: its figures are the indicators API's for the year, "uppgift saknas" where an
/// indicator has no data, the charts drawn, the deviations counted by risk with the Lex Sarah matters, and the
/// PDF printed by the system Chromium (a clear 503 without one). The clock stands in mid-November 2026.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class AnnualReportTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task Given_a_year_of_events_and_deviations_When_the_report_is_read_Then_its_figures_are_the_indicators_of_the_year()
    {
        // Arrange
        var (service, municipality) = await YearOfEventsAsync();
        await using var _ = service;
        using var client = service.ClientFor(municipality, PlatformRoles.Namnd);
        var indicators = await QualityApi.IndicatorsAsync(client, "2026");

        // Act
        using var response = await client.GetAsync("/api/quality/annual-report?year=2026");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = new ReportPage(await response.Content.ReadAsStringAsync());
        Assert.Contains("Kvalitetsberättelse 2026", page.Html, StringComparison.Ordinal);
        foreach (var indicator in indicators.GetProperty("indicators").EnumerateArray())
        {
            var id = indicator.GetProperty("id").GetString()!;
            Assert.Equal(QualityApi.Figures(indicators, id), page.Figure(id));
        }

        Assert.Equal((2L, 2L), page.Figure("assessments-within-14-days"));
        Assert.Equal((ReportPage.Missing, ReportPage.Missing), page.Figures["interventions-started-late"]);
        Assert.Equal(["deviations-by-risk", "gender", "investigation-days", "within-deadline"], page.Charts.Keys.Order(StringComparer.Ordinal));
        Assert.All(page.Charts.Values, png => Assert.True(ReportPage.IsPng(png)));
        Assert.Equal(2, page.Deviations("total"));
        Assert.Equal(1, page.Deviations("serious"));
        Assert.Equal(1, page.Deviations("risk-1-4"));
        Assert.Equal(1, page.Deviations("lex-sarah"));
        Assert.DoesNotContain("Skyddsbedömningen dokumenterades inte", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_another_municipalitys_year_When_the_report_is_read_Then_every_indicator_says_uppgift_saknas()
    {
        // Arrange
        var (service, _) = await YearOfEventsAsync();
        await using var _s = service;
        using var client = service.ClientFor(Municipalities.Next(), PlatformRoles.Kvalitetsutvecklare);

        // Act
        using var response = await client.GetAsync("/api/quality/annual-report?year=2026&format=html");

        // Assert
        var page = new ReportPage(await response.Content.ReadAsStringAsync());
        Assert.All(page.Figures.Values, f => Assert.Equal(ReportPage.Missing, f.Numerator));
        Assert.Equal(0, page.Deviations("total"));
    }

    [Fact]
    public async Task Given_the_system_chromium_When_the_report_is_asked_for_as_pdf_Then_a_pdf_is_printed()
    {
        // Arrange
        await using var service = QualityHost.Start(infrastructure, Local(2026, 11, 15));
        using var client = service.ClientFor(Municipalities.Next(), PlatformRoles.Forvaltningschef);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/pdf"));

        // Act
        using var response = await client.GetAsync("/api/quality/annual-report?year=2026");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
    }

    [Fact]
    public async Task Given_no_chromium_When_the_report_is_asked_for_as_pdf_Then_503_says_it_cannot_be_printed()
    {
        // Arrange
        await using var service = new InProcessService<quality::Program>(quality::Quality.QualityServiceCollectionExtensions.ServiceName, infrastructure, Local(2026, 11, 15),
            new Dictionary<string, string> { ["Quality:AnnualReport:ChromiumPath"] = "/nonexistent/chromium" });
        using var client = service.ClientFor(Municipalities.Next(), PlatformRoles.Kvalitetsutvecklare);

        // Act
        using var response = await client.GetAsync("/api/quality/annual-report?year=2026&format=pdf");

        // Assert
        var problem = await QualityApi.ExpectAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Given_a_year_or_format_that_is_not_one_When_asked_for_Then_400_names_the_field_and_a_region_is_refused()
    {
        // Arrange
        await using var service = QualityHost.Start(infrastructure, Local(2026, 11, 15));
        using var client = service.ClientFor(Municipalities.Next(), PlatformRoles.Handlaggare);
        using var region = service.ClientForRegion(Counties.Next());

        // Act
        using var badYear = await client.GetAsync("/api/quality/annual-report?year=2026-11");
        using var badFormat = await client.GetAsync("/api/quality/annual-report?year=2026&format=docx");
        using var refused = await region.GetAsync("/api/quality/annual-report?year=2026");

        // Assert
        Assert.True((await QualityApi.ExpectAsync(badYear, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("year", out var _));
        Assert.True((await QualityApi.ExpectAsync(badFormat, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("format", out var _));
        Assert.Equal("casework-roles", (await QualityApi.ExpectAsync(refused, HttpStatusCode.Forbidden)).GetProperty("rule").GetString());
    }

    /// <summary>Two children's reports assessed in time in October 2026, an investigation concluded in 70 days, and two deviations, one of them serious and a Lex Sarah matter.</summary>
    private async Task<(InProcessService<quality::Program>, string)> YearOfEventsAsync()
    {
        var municipality = Municipalities.Next();
        var events = new CaseEvents(municipality, "enhet-barn");
        var (girl, boy) = (Guid.NewGuid(), Guid.NewGuid());
        var first = events.Report(girl, LegalGender.Female, "2012-05", Local(2026, 3, 5));
        events.Assessment(first, girl, Local(2026, 3, 5), Local(2026, 3, 15));
        var second = events.Report(boy, LegalGender.Male, "2020-03", Local(2026, 10, 10));
        events.Assessment(second, boy, Local(2026, 10, 10), Local(2026, 10, 20));
        var investigation = events.InvestigationOpened(boy, Local(2026, 8, 1));
        events.InvestigationConcluded(investigation, boy, Local(2026, 8, 1), Local(2026, 10, 10), 70);

        var service = QualityHost.Start(infrastructure, Local(2026, 11, 15));
        _ = service.Server;
        await QualityApi.PublishAsync(infrastructure.AmqpUri, events.All);
        using var quality = service.ClientFor(municipality, PlatformRoles.Kvalitetsutvecklare);
        await QualityApi.WhenAsync(quality, "2026", answer =>
            QualityApi.Figures(answer, "assessments-within-14-days").Denominator == 2 && QualityApi.Figures(answer, "investigation-days-0-90").Denominator == 1);
        await ReportDeviationAsync(quality, 1, 2);
        var serious = await ReportDeviationAsync(quality, 3, 4);
        using var escalated = await quality.PostAsync($"/api/quality/deviations/{serious}/lex-sarah", null);
        await QualityApi.ExpectAsync(escalated, HttpStatusCode.OK);
        return (service, municipality);
    }

    private static async Task<Guid> ReportDeviationAsync(HttpClient client, int probability, int severity)
    {
        using var response = await client.PostAsJsonAsync("/api/quality/deviations", new { description = "Skyddsbedömningen dokumenterades inte.", probability, severity });
        return (await QualityApi.ExpectAsync(response, HttpStatusCode.Created)).GetProperty("deviationId").GetGuid();
    }
}
