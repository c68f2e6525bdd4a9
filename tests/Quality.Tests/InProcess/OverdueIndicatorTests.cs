extern alias quality;

using System.Text.Json;
using Platform.Contracts.Investigation;

namespace Quality.Tests.InProcess;

/// <summary>
/// Duties overdue at a period's end, from the rule catalogue: a girl's HVB placement from January 2026 reviewed
/// late in August and last visited in June; a boy's foster home from March 2024, reviewed in time, never visited,
/// custody transfer considered in February 2026, ended in January 2027; and four favourable decisions of 2026,
/// one never executed.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class OverdueIndicatorTests(InfrastructureFixture infrastructure)
{
    private const string Reviews = "placement-reviews-overdue";
    private const string Visits = "placement-visits-overdue";
    private const string Custody = "custody-transfer-considerations-overdue";
    private const string NotExecuted = "interventions-not-executed-3-months";

    private Guid _girlsPlacement;
    private Guid _neverExecuted;
    private int _events;

    [Fact]
    public async Task Given_placements_duties_When_read_per_month_Then_each_counts_the_placements_overdue_at_the_months_end_of_those_ongoing()
    {
        // Arrange
        var (service, client) = await PublishedAsync();
        await using var _ = service;

        // Act
        var june = await QualityApi.IndicatorsAsync(client, "2026-06");
        var july = await QualityApi.IndicatorsAsync(client, "2026-07");
        var august = await QualityApi.IndicatorsAsync(client, "2026-08");
        var third = await QualityApi.IndicatorsAsync(client, "2026-Q3");
        var february = await QualityApi.IndicatorsAsync(client, "2027-02");

        // Assert
        Assert.Equal([(0L, 2L), (1L, 2L), (0L, 1L)], new[] { Reviews, Visits, Custody }.Select(i => QualityApi.Figures(june, i)));
        Assert.Equal((1L, 2L), QualityApi.Figures(july, Reviews));
        Assert.Equal((0L, 2L), QualityApi.Figures(august, Reviews));
        Assert.Equal([(0L, 2L), (2L, 2L), (0L, 1L)], new[] { Reviews, Visits, Custody }.Select(i => QualityApi.Figures(third, i)));
        Assert.Equal((1L, 1L), QualityApi.Figures(february, Reviews));
        Assert.True(QualityApi.Indicator(february, Custody).GetProperty("noData").GetBoolean());
        Assert.Equal(0.5m, QualityApi.Indicator(july, Reviews).GetProperty("value").GetDecimal());
        Assert.Equal("share-at-end", QualityApi.Indicator(july, Reviews).GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Given_favourable_decisions_When_read_per_month_Then_those_awaiting_execution_past_3_months_are_counted_of_those_awaiting()
    {
        // Arrange
        var (service, client) = await PublishedAsync();
        await using var _ = service;

        // Act
        var months = new[] { "2026-05", "2026-06", "2026-07", "2026-08" };
        var figures = new List<(long?, long?)>();
        foreach (var month in months)
        {
            figures.Add(QualityApi.Figures(await QualityApi.IndicatorsAsync(client, month), NotExecuted));
        }

        // Assert
        Assert.Equal([(1L, 4L), (0L, 2L), (0L, 1L), (1L, 1L)], figures);
        Assert.True(QualityApi.Indicator(await QualityApi.IndicatorsAsync(client, "2025"), NotExecuted).GetProperty("noData").GetBoolean());
    }

    [Fact]
    public async Task Given_an_overdue_review_When_split_Then_it_is_counted_by_gender_age_band_at_the_start_and_placement_type()
    {
        // Arrange
        var (service, client) = await PublishedAsync();
        await using var _ = service;

        // Act
        var reviews = QualityApi.Indicator(await QualityApi.IndicatorsAsync(client, "2026-07"), Reviews);

        // Assert
        Assert.Equal((1L, 1L), Split(reviews, "byGender", "female"));
        Assert.Equal((0L, 1L), Split(reviews, "byGender", "male"));
        Assert.Equal((1L, 1L), Split(reviews, "byAgeBand", "13-17"));
        Assert.Equal((0L, 0L), Split(reviews, "byAgeBand", "0-6"));
        Assert.Equal((1L, 1L), Split(reviews, "byCategory", "hvb"));
        Assert.Equal((0L, 1L), Split(reviews, "byCategory", "foster-home-own"));
    }

    [Fact]
    public async Task Given_events_published_before_a_due_date_When_the_clock_passes_it_Then_the_month_counts_the_duty_overdue_without_another_event()
    {
        // Arrange
        var (service, client) = await PublishedAsync();
        await using var _ = service;
        var before = await QualityApi.IndicatorsAsync(client, "2026-07");

        // Act
        service.MoveClockTo(Local(2026, 8, 1));
        var after = await QualityApi.IndicatorsAsync(client, "2026-07");

        // Assert
        Assert.Equal((1L, 2L), QualityApi.Figures(after, Reviews));
        Assert.Equal(before.GetRawText(), after.GetRawText());
    }

    [Fact]
    public async Task Given_an_overdue_review_When_its_cases_are_listed_Then_the_placements_ongoing_show_with_whether_overdue()
    {
        // Arrange
        var (service, client) = await PublishedAsync();
        await using var _ = service;

        // Act
        using var response = await client.GetAsync($"/api/quality/indicators/{Reviews}/cases?period=2026-07");
        using var narrowed = await client.GetAsync($"/api/quality/indicators/{NotExecuted}/cases?period=2026-08");

        // Assert
        var cases = (await QualityApi.ExpectAsync(response, HttpStatusCode.OK)).GetProperty("cases").EnumerateArray().ToList();
        Assert.Equal(2, cases.Count);
        var overdue = Assert.Single(cases, c => c.GetProperty("numerator").GetInt32() == 1);
        Assert.Equal(_girlsPlacement, overdue.GetProperty("caseId").GetGuid());
        Assert.All(cases, c => Assert.Equal(1, c.GetProperty("denominator").GetInt32()));
        var pending = Assert.Single((await QualityApi.ExpectAsync(narrowed, HttpStatusCode.OK)).GetProperty("cases").EnumerateArray());
        Assert.Equal(_neverExecuted, pending.GetProperty("caseId").GetGuid());
    }

    [Fact]
    public async Task Given_the_overdue_indicators_When_rebuilt_from_the_received_events_Then_every_figure_is_the_same()
    {
        // Arrange
        var (service, client) = await PublishedAsync();
        await using var _ = service;
        string[] periods = ["2026-05", "2026-07", "2026-Q3", "2027-02"];
        var before = periods.Select(p => QualityApi.IndicatorsAsync(client, p).Result.GetRawText()).ToList();

        // Act
        using var response = await client.PostAsync("/api/quality/projections/rebuild", null);
        var rebuilt = await QualityApi.ExpectAsync(response, HttpStatusCode.OK);

        // Assert
        Assert.Equal(_events, rebuilt.GetProperty("eventsReplayed").GetInt32());
        Assert.Equal(before, periods.Select(p => QualityApi.IndicatorsAsync(client, p).Result.GetRawText()));
    }

    private static (long?, long?) Split(JsonElement indicator, string split, string key)
    {
        var part = indicator.GetProperty(split).EnumerateArray().Single(s => s.GetProperty("key").GetString() == key);
        return (part.GetProperty("numerator").GetInt64(), part.GetProperty("denominator").GetInt64());
    }

    private async Task<(InProcessService<quality::Program>, HttpClient)> PublishedAsync()
    {
        var municipality = Municipalities.Next();
        var events = new DutyEvents(municipality, "enhet-placering");
        var (girl, boy) = (Guid.NewGuid(), Guid.NewGuid());

        // Review due by 10 July 2026, held 5 August; visits due by 1 July and then by 15 September.
        _girlsPlacement = events.Placement(girl, LegalGender.Female, "2012-05", new DateOnly(2026, 1, 10));
        events.Reviewed(_girlsPlacement, girl, new DateOnly(2026, 8, 5));
        events.Visited(_girlsPlacement, girl, new DateOnly(2026, 4, 1));
        events.Visited(_girlsPlacement, girl, new DateOnly(2026, 6, 15));

        // Custody transfer due by 1 March 2026, considered 20 February; each review before its date.
        var boys = events.Placement(boy, LegalGender.Male, "2016-01", new DateOnly(2024, 3, 1), PlacementType.FosterHomeOwn);
        foreach (var day in new DateOnly[] { new(2024, 8, 20), new(2025, 2, 15), new(2025, 8, 10), new(2026, 2, 1), new(2026, 7, 25), new(2027, 1, 20) })
        {
            events.Reviewed(boys, boy, day);
        }

        events.CustodyConsidered(boys, boy, new DateOnly(2026, 2, 20));
        events.Ended(boys, boy, new DateOnly(2027, 1, 31));

        // Due by 10 August, never executed; executed in time; executed late within July; ended unexecuted after being overdue.
        _neverExecuted = events.Decided(girl, new DateOnly(2026, 5, 10));
        events.Executed(events.Decided(girl, new DateOnly(2026, 5, 10)), girl, new DateOnly(2026, 6, 1));
        events.Executed(events.Decided(boy, new DateOnly(2026, 4, 1)), boy, new DateOnly(2026, 7, 15));
        events.EndedUnexecuted(events.Decided(boy, new DateOnly(2026, 1, 5)), boy, new DateOnly(2026, 6, 20));

        var service = QualityHost.Start(infrastructure, Local(2026, 3, 1));
        var client = service.ClientFor(municipality, PlatformRoles.Kvalitetsutvecklare);
        await QualityApi.PublishAsync(infrastructure.AmqpUri, events.All);
        _events = events.All.Count;
        // The queues deliver in any order: wait for every figure the tests read to have its final value.
        await QualityApi.WhenAsync(client, "2027-02", a => QualityApi.Figures(a, Reviews) == (1L, 1L));
        await QualityApi.WhenAsync(client, "2026-Q3", a => QualityApi.Figures(a, Visits) == (2L, 2L) && QualityApi.Figures(a, Custody) == (0L, 1L));
        await QualityApi.WhenAsync(client, "2026-08", a => QualityApi.Figures(a, Reviews) == (0L, 2L));
        foreach (var (month, expected) in new[] { ("2026-05", (1L, 4L)), ("2026-06", (0L, 2L)), ("2026-07", (0L, 1L)) })
        {
            await QualityApi.WhenAsync(client, month, a => QualityApi.Figures(a, NotExecuted) == expected);
        }
        return (service, client);
    }
}
