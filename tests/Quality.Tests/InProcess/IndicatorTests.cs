extern alias quality;

namespace Quality.Tests.InProcess;

/// <summary>
/// The indicators of October 2026 for one municipality, fed by the events of two children's reports, assessments,
/// three investigations and a placement: every figure with its numerator and denominator, and what a rebuild gives.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class IndicatorTests(InfrastructureFixture infrastructure)
{
    private const string October = "2026-10";

    private int _events;

    [Fact]
    public async Task Given_a_month_of_events_When_the_indicators_are_read_Then_each_has_its_numerator_and_denominator()
    {
        // Arrange
        var (service, municipality) = await MonthOfEventsAsync();
        await using var _ = service;
        using var client = service.ClientFor(municipality, PlatformRoles.Kvalitetsutvecklare);

        // Act
        var answer = await CompleteAsync(client);

        // Assert
        Assert.Equal((2L, (long?)null), QualityApi.Figures(answer, "reports-received"));
        Assert.Equal((1L, 2L), QualityApi.Figures(answer, "protection-assessments-within-24h"));
        Assert.Equal((1L, 2L), QualityApi.Figures(answer, "reporter-feedback-given"));
        Assert.Equal((2L, (long?)null), QualityApi.Figures(answer, "assessments-opened"));
        Assert.Equal((1L, 2L), QualityApi.Figures(answer, "assessments-within-14-days"));
        Assert.Equal((1L, 2L), QualityApi.Figures(answer, "assessments-late"));
        Assert.Equal((0L, 2L), QualityApi.Figures(answer, "decisions-without-delegation"));
        Assert.Equal((1L, (long?)null), QualityApi.Figures(answer, "investigations-opened"));
        Assert.Equal((1L, (long?)null), QualityApi.Figures(answer, "investigations-ongoing"));
        Assert.Equal((1L, 2L), QualityApi.Figures(answer, "investigations-within-4-months"));
        Assert.Equal((1L, 2L), QualityApi.Figures(answer, "investigation-days-0-90"));
        Assert.Equal((0L, 2L), QualityApi.Figures(answer, "investigation-days-91-123"));
        Assert.Equal((1L, 2L), QualityApi.Figures(answer, "investigation-days-over-123"));
        Assert.Equal((1L, 1L), QualityApi.Figures(answer, "violence-intervention-during-investigation"));
        Assert.Equal((1L, (long?)null), QualityApi.Figures(answer, "placements-started"));
        Assert.Equal((1L, (long?)null), QualityApi.Figures(answer, "placements-ongoing"));
        Assert.Equal(0.5m, QualityApi.Indicator(answer, "assessments-late").GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task Given_a_month_of_events_When_split_Then_each_figure_is_counted_by_gender_and_age_band()
    {
        // Arrange
        var (service, municipality) = await MonthOfEventsAsync();
        await using var _ = service;
        using var client = service.ClientFor(municipality, PlatformRoles.Enhetschef);

        // Act
        var reports = QualityApi.Indicator(await CompleteAsync(client), "reports-received");

        // Assert
        var byGender = reports.GetProperty("byGender").EnumerateArray().ToDictionary(s => s.GetProperty("key").GetString()!, s => s.GetProperty("numerator").GetInt64());
        var byAge = reports.GetProperty("byAgeBand").EnumerateArray().ToDictionary(s => s.GetProperty("key").GetString()!, s => s.GetProperty("numerator").GetInt64());
        Assert.Equal(1, byGender["female"]);
        Assert.Equal(1, byGender["male"]);
        Assert.Equal(0, byGender["unknown"]);
        Assert.Equal(1, byAge["13-17"]);
        Assert.Equal(1, byAge["0-6"]);
        Assert.Equal(0, byAge["7-12"]);
    }

    [Fact]
    public async Task Given_no_events_in_a_period_When_read_Then_every_flow_says_it_has_no_data_and_shows_no_zero()
    {
        // Arrange
        var (service, municipality) = await MonthOfEventsAsync();
        await using var _ = service;
        using var client = service.ClientFor(municipality, PlatformRoles.Kvalitetsutvecklare);
        await CompleteAsync(client);

        // Act
        var september = await QualityApi.IndicatorsAsync(client, "2026-09");

        // Assert
        var reports = QualityApi.Indicator(september, "reports-received");
        Assert.True(reports.GetProperty("noData").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, reports.GetProperty("numerator").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, reports.GetProperty("byGender")[0].GetProperty("numerator").ValueKind);
        Assert.True(QualityApi.Indicator(september, "assessments-late").GetProperty("noData").GetBoolean());
        Assert.Equal((2L, (long?)null), QualityApi.Figures(september, "investigations-ongoing"));
    }

    [Fact]
    public async Task Given_the_projections_When_rebuilt_from_the_received_events_Then_every_figure_is_the_same()
    {
        // Arrange
        var (service, municipality) = await MonthOfEventsAsync();
        await using var _ = service;
        using var client = service.ClientFor(municipality, PlatformRoles.Kvalitetsutvecklare);
        await CompleteAsync(client);
        var before = new[] { October, "2026-Q4", "2026", "2026-06" }.Select(p => QualityApi.IndicatorsAsync(client, p).Result.GetRawText()).ToList();

        // Act
        using var response = await client.PostAsync("/api/quality/projections/rebuild", null);
        var rebuilt = await QualityApi.ExpectAsync(response, HttpStatusCode.OK);

        // Assert
        Assert.Equal(_events, rebuilt.GetProperty("eventsReplayed").GetInt32());
        var after = new[] { October, "2026-Q4", "2026", "2026-06" }.Select(p => QualityApi.IndicatorsAsync(client, p).Result.GetRawText()).ToList();
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Given_another_municipalitys_events_When_read_Then_nothing_of_them_shows()
    {
        // Arrange
        var (service, _) = await MonthOfEventsAsync();
        await using var _s = service;
        using var client = service.ClientFor(Municipalities.Next(), PlatformRoles.Kvalitetsutvecklare);

        // Act
        var answer = await QualityApi.IndicatorsAsync(client, October);

        // Assert
        Assert.All(answer.GetProperty("indicators").EnumerateArray(), i => Assert.True(i.GetProperty("noData").GetBoolean()));
    }

    [Fact]
    public async Task Given_a_period_that_is_not_one_When_read_Then_400_names_the_period()
    {
        // Arrange
        await using var service = QualityHost.Start(infrastructure, Local(2026, 11, 15));
        using var client = service.ClientFor(Municipalities.Next(), PlatformRoles.Kvalitetsutvecklare);

        // Act
        using var response = await client.GetAsync("/api/quality/indicators?period=2026-13&format=xml");

        // Assert
        var problem = await QualityApi.ExpectAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("period", out var _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("format", out var _));
    }

    /// <summary>October 2026: a girl of 14 and a boy of 6 reported; an investigation from June concluded late, one from August in time with an intervention begun, one opened; an HVB placement started.</summary>
    private async Task<(InProcessService<quality::Program>, string)> MonthOfEventsAsync()
    {
        var municipality = Municipalities.Next();
        var events = new CaseEvents(municipality, "enhet-barn");
        var (girl, boy) = (Guid.NewGuid(), Guid.NewGuid());

        var first = events.Report(girl, LegalGender.Female, "2012-05", Local(2026, 10, 5));
        events.ProtectionAssessed(first, girl, Local(2026, 10, 5, 15));
        events.Assessment(first, girl, Local(2026, 10, 5), Local(2026, 10, 15));
        events.Feedback(first, true, Local(2026, 10, 16));

        var second = events.Report(boy, LegalGender.Male, "2020-03", Local(2026, 10, 10));
        events.ProtectionAssessed(second, boy, Local(2026, 10, 12));
        events.Assessment(second, boy, Local(2026, 10, 10), Local(2026, 10, 30), extendedDueAt: Local(2026, 11, 5));
        events.Feedback(second, false, Local(2026, 10, 31));

        var june = events.InvestigationOpened(girl, Local(2026, 6, 1));
        events.InvestigationConcluded(june, girl, Local(2026, 6, 1), Local(2026, 10, 20), 141);
        var august = events.InvestigationOpened(boy, Local(2026, 8, 1), violence: true);
        events.InterventionStarted(august, boy, new DateOnly(2026, 10, 5));
        events.InvestigationConcluded(august, boy, Local(2026, 8, 1), Local(2026, 10, 10), 70);
        events.InvestigationOpened(girl, Local(2026, 10, 2));
        events.PlacementStarted(girl, LegalGender.Female, "2012-05", new DateOnly(2026, 10, 3));

        var service = QualityHost.Start(infrastructure, Local(2026, 11, 15));
        _ = service.Server;
        await QualityApi.PublishAsync(infrastructure.AmqpUri, events.All);
        _events = events.All.Count;
        return (service, municipality);
    }

    private static Task<System.Text.Json.JsonElement> CompleteAsync(HttpClient client) =>
        QualityApi.WhenAsync(client, October, answer =>
            QualityApi.Figures(answer, "reports-received").Numerator == 2
            && QualityApi.Figures(answer, "protection-assessments-within-24h").Denominator == 2
            && QualityApi.Figures(answer, "reporter-feedback-given").Denominator == 2
            && QualityApi.Figures(answer, "assessments-within-14-days").Denominator == 2
            && QualityApi.Figures(answer, "investigations-within-4-months").Denominator == 2
            && QualityApi.Figures(answer, "violence-intervention-during-investigation").Numerator == 1
            && QualityApi.Figures(answer, "investigations-opened").Numerator == 1
            && QualityApi.Figures(answer, "investigations-ongoing").Numerator == 1
            && QualityApi.Figures(answer, "placements-ongoing").Numerator == 1);
}
