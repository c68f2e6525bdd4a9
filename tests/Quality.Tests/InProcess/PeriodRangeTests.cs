extern alias quality;

namespace Quality.Tests.InProcess;

/// <summary>
/// Periods that span years, read from the yearly aggregates for the whole years and the monthly ones for the months
/// at either end: a flow over a range is the sum of its months, a stock is the one at the range's last month, and a
/// rebuild gives the same.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class PeriodRangeTests(InfrastructureFixture infrastructure)
{
    private const string Range = "2024-11..2026-02";

    private static readonly string[] RangeMonths = ["2024-11", "2024-12", .. Enumerable.Range(1, 12).Select(m => $"2025-{m:00}"), "2026-01", "2026-02"];

    private string _municipality = string.Empty;

    [Fact]
    public async Task Given_events_over_three_years_When_a_range_with_partial_years_is_read_Then_each_flow_is_the_sum_of_its_months()
    {
        // Arrange
        await using var service = await ThreeYearsAsync();
        using var client = service.ClientFor(_municipality, PlatformRoles.Kvalitetsutvecklare);
        var range = await CompleteAsync(client);

        // Act
        var months = new List<System.Text.Json.JsonElement>();
        foreach (var month in RangeMonths)
        {
            months.Add(await QualityApi.IndicatorsAsync(client, month));
        }

        // Assert
        Assert.Equal("range", range.GetProperty("periodKind").GetString());
        foreach (var id in new[] { "reports-received", "investigations-opened", "investigations-within-4-months" })
        {
            var summed = months.Select(m => QualityApi.Figures(m, id)).Aggregate((0L, 0L), (sum, f) => (sum.Item1 + (f.Numerator ?? 0), sum.Item2 + (f.Denominator ?? 0)));
            var figures = QualityApi.Figures(range, id);
            Assert.Equal(summed, (figures.Numerator ?? 0, figures.Denominator ?? 0));
        }

        Assert.Equal((4L, (long?)null), QualityApi.Figures(range, "reports-received"));
        Assert.Equal((3L, (long?)null), QualityApi.Figures(range, "investigations-opened"));
        Assert.Equal(2, Female(QualityApi.Indicator(range, "reports-received")));
    }

    [Fact]
    public async Task Given_events_over_three_years_When_stocks_are_read_at_a_periods_end_Then_they_count_what_was_open_then()
    {
        // Arrange
        await using var service = await ThreeYearsAsync();
        using var client = service.ClientFor(_municipality, PlatformRoles.Kvalitetsutvecklare);
        await CompleteAsync(client);

        // Act
        var ongoing = new Dictionary<string, long?>();
        foreach (var period in new[] { Range, "2024-12", "2025-01..2025-03", "2025", "2025-06..2025-12", "2026-02", "2026" })
        {
            ongoing[period] = QualityApi.Figures(await QualityApi.IndicatorsAsync(client, period), "investigations-ongoing").Numerator;
        }

        // Assert
        Assert.Equal(2, ongoing[Range]);
        Assert.Equal(1, ongoing["2024-12"]);
        Assert.Equal(0, ongoing["2025-01..2025-03"]);
        Assert.Equal(1, ongoing["2025"]);
        Assert.Equal(1, ongoing["2025-06..2025-12"]);
        Assert.Equal(2, ongoing["2026-02"]);
        Assert.Equal(2, ongoing["2026"]);
    }

    [Fact]
    public async Task Given_events_over_three_years_When_rebuilt_Then_every_range_reads_the_same()
    {
        // Arrange
        await using var service = await ThreeYearsAsync();
        using var client = service.ClientFor(_municipality, PlatformRoles.Kvalitetsutvecklare);
        await CompleteAsync(client);
        string[] periods = [Range, "2025", "2024-12..2025-01", "2022..2026"];
        var before = new List<string>();
        foreach (var period in periods)
        {
            before.Add((await QualityApi.IndicatorsAsync(client, period)).GetRawText());
        }

        // Act
        using var response = await client.PostAsync("/api/quality/projections/rebuild", null);
        await QualityApi.ExpectAsync(response, HttpStatusCode.OK);

        // Assert
        var after = new List<string>();
        foreach (var period in periods)
        {
            after.Add((await QualityApi.IndicatorsAsync(client, period)).GetRawText());
        }

        Assert.Equal(before, after);
    }

    /// <summary>
    /// Reports in November 2024, March and December 2025 and February 2026; an investigation from December 2024
    /// concluded in February 2025, and two opened in June 2025 and January 2026 still open.
    /// </summary>
    private async Task<InProcessService<quality::Program>> ThreeYearsAsync()
    {
        _municipality = Municipalities.Next();
        var events = new CaseEvents(_municipality, "enhet-barn");
        var (girl, boy) = (Guid.NewGuid(), Guid.NewGuid());
        events.Report(girl, LegalGender.Female, "2012-05", Local(2024, 11, 5));
        events.Report(boy, LegalGender.Male, "2020-03", Local(2025, 3, 10));
        events.Report(girl, LegalGender.Female, "2012-05", Local(2025, 12, 20));
        events.Report(boy, LegalGender.Male, "2020-03", Local(2026, 2, 3));
        var december = events.InvestigationOpened(girl, Local(2024, 12, 2));
        events.InvestigationConcluded(december, girl, Local(2024, 12, 2), Local(2025, 2, 10), 70);
        events.InvestigationOpened(boy, Local(2025, 6, 1));
        events.InvestigationOpened(girl, Local(2026, 1, 15));

        var service = QualityHost.Start(infrastructure, Local(2026, 11, 15));
        _ = service.Server;
        await QualityApi.PublishAsync(infrastructure.AmqpUri, events.All);
        return service;
    }

    private static Task<System.Text.Json.JsonElement> CompleteAsync(HttpClient client) =>
        QualityApi.WhenAsync(client, Range, answer =>
            QualityApi.Figures(answer, "reports-received").Numerator == 4
            && QualityApi.Figures(answer, "investigations-opened").Numerator == 3
            && QualityApi.Figures(answer, "investigations-within-4-months").Denominator == 1);

    private static long Female(System.Text.Json.JsonElement indicator) =>
        indicator.GetProperty("byGender").EnumerateArray().Single(s => s.GetProperty("key").GetString() == "female").GetProperty("numerator").GetInt64();
}
