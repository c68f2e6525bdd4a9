namespace Quality.Tests.InProcess;

/// <summary>
/// The self-audit: a unit's yearly sample stratified over age band, gender and caseworker and reproducible from its seed, the
/// checklist answered from events for every case, the reviewer's answers for the sample, and results per unit
/// against the previous year; another municipality sees none of it.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class SelfAuditTests(InfrastructureFixture infrastructure)
{
    private static readonly DateTimeOffset Now = Local(2027, 1, 20);

    [Fact]
    public async Task Given_fifteen_girls_and_ten_boys_of_two_caseworkers_When_the_sample_is_drawn_twice_with_one_seed_Then_the_same_twenty_are_spread_evenly()
    {
        // Arrange: one caseworker documented 19 of the cases, the other 6
        var municipality = Municipalities.Next();
        var events = new CaseEvents(municipality, "enhet-a");
        Guid[] caseworkers = [Guid.NewGuid(), Guid.NewGuid()];
        var girls = Enumerable.Range(0, 15).Select(i => Concluded(events, LegalGender.Female, "2015-01", i, caseworkers[i < 12 ? 0 : 1])).ToList();
        Enumerable.Range(0, 10).Select(i => Concluded(events, LegalGender.Male, "2020-01", i, caseworkers[i < 7 ? 0 : 1])).ToList();
        await using var service = QualityHost.Start(infrastructure, Now);
        using var quality = service.ClientFor(municipality, PlatformRoles.Kvalitetsutvecklare);
        using var stranger = service.ClientFor(Municipalities.Next(), PlatformRoles.Kvalitetsutvecklare);
        await QualityApi.PublishAsync(infrastructure.AmqpUri, events.All);
        await SelfAuditApi.ResultsWhenAsync(quality, "enhet-a", 2026, cases: 25);

        // Act
        var first = await SelfAuditApi.DrawAsync(quality, "enhet-a", 2026, seed: 4711);
        var again = await SelfAuditApi.DrawAsync(quality, "enhet-a", 2026, seed: 4711);
        var elsewhere = await SelfAuditApi.DrawAsync(stranger, "enhet-a", 2026, seed: 4711);
        using var foreignCase = await stranger.GetAsync($"/api/quality/self-audit/cases/{girls[0]}");

        // Assert
        Assert.Equal(4711, first.GetProperty("seed").GetInt32());
        Assert.Equal(25, first.GetProperty("populationSize").GetInt32());
        Assert.False(first.GetProperty("tooFewCases").GetBoolean());
        var drawn = SelfAuditApi.Cases(first);
        Assert.Equal(20, drawn.Count);
        Assert.Equal(drawn, SelfAuditApi.Cases(again));
        Assert.Equal(10, drawn.Count(girls.Contains));
        Assert.All(first.GetProperty("cases").EnumerateArray(), c => Assert.Contains(c.GetProperty("stratum").GetString(), new[] { "7-12/female", "0-6/male" }));
        var byCaseworker = first.GetProperty("cases").EnumerateArray().GroupBy(c => c.GetProperty("caseworker").GetString()).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(6, byCaseworker[caseworkers[1].ToString()]);
        Assert.Equal(14, byCaseworker[caseworkers[0].ToString()]);
        Assert.Equal(0, elsewhere.GetProperty("populationSize").GetInt32());
        Assert.True(elsewhere.GetProperty("tooFewCases").GetBoolean());
        await QualityApi.ExpectAsync(foreignCase, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_case_from_a_late_extended_assessment_When_its_checklist_is_read_Then_the_events_answer_it_with_their_source()
    {
        // Arrange
        var (events, assessed, _, _) = UnitB(Municipalities.Next());
        await using var service = QualityHost.Start(infrastructure, Now);
        using var quality = service.ClientFor(events.Municipality, PlatformRoles.Kvalitetsutvecklare);
        using var caseworker = service.ClientFor(events.Municipality, PlatformRoles.Handlaggare, unit: "enhet-b");
        await QualityApi.PublishAsync(infrastructure.AmqpUri, events.Events.All);
        await SelfAuditApi.ResultsWhenAsync(quality, "enhet-b", 2026, cases: 2, previousCases: 1);

        // Act
        var checklist = await SelfAuditApi.ChecklistAsync(quality, assessed);
        using var refused = await caseworker.GetAsync($"/api/quality/self-audit/cases/{assessed}");

        // Assert
        Assert.Equal(("yes", "ProtectionAssessmentRecorded"), SelfAuditApi.Item(checklist, "protection-assessment-in-time"));
        Assert.Equal(("no", "AssessmentDecided"), SelfAuditApi.Item(checklist, "assessment-in-time"));
        Assert.Equal(("yes", "AssessmentDecided"), SelfAuditApi.Item(checklist, "decision-by-competent-delegate"));
        Assert.Equal(("for-the-reviewer", "AssessmentDecided"), SelfAuditApi.Item(checklist, "extension-reasons"));
        Assert.Equal(("yes", "ReporterFeedbackGiven"), SelfAuditApi.Item(checklist, "feedback-to-reporter"));
        Assert.Equal(("yes", "InvestigationConcluded"), SelfAuditApi.Item(checklist, "investigation-in-time"));
        Assert.Equal(("not-applicable", "InvestigationOpened"), SelfAuditApi.Item(checklist, "violence-risk-assessed"));
        Assert.Equal(("for-the-reviewer", "reviewer"), SelfAuditApi.Item(checklist, "child-heard"));
        Assert.False(checklist.GetProperty("sampled").GetBoolean());
        Assert.Equal("quality-reports", (await QualityApi.ExpectAsync(refused, HttpStatusCode.Forbidden)).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Given_a_unit_with_two_cases_When_sampled_and_reviewed_Then_it_takes_both_says_so_and_the_results_compare_with_last_year()
    {
        // Arrange
        var municipality = Municipalities.Next();
        var (events, assessed, _, lastYear) = UnitB(municipality);
        await using var service = QualityHost.Start(infrastructure, Now);
        using var manager = service.ClientFor(municipality, PlatformRoles.Enhetschef, unit: "enhet-b");
        using var otherManager = service.ClientFor(municipality, PlatformRoles.Enhetschef, unit: "enhet-c");
        using var stranger = service.ClientFor(Municipalities.Next(), PlatformRoles.Kvalitetsutvecklare);
        await QualityApi.PublishAsync(infrastructure.AmqpUri, events.Events.All);
        await SelfAuditApi.ResultsWhenAsync(manager, "enhet-b", 2026, cases: 2, previousCases: 1);

        // Act
        var sample = await SelfAuditApi.DrawAsync(manager, "enhet-b", 2026, seed: 3);
        using var heard = await SelfAuditApi.AnswerAsync(manager, assessed, "child-heard", "yes");
        using var extension = await SelfAuditApi.AnswerAsync(manager, assessed, "extension-reasons", "no");
        using var notSampled = await SelfAuditApi.AnswerAsync(manager, lastYear, "child-heard", "yes");
        using var otherUnit = await SelfAuditApi.AnswerAsync(otherManager, assessed, "child-heard", "yes");
        using var foreign = await SelfAuditApi.AnswerAsync(stranger, assessed, "child-heard", "yes");
        var results = await SelfAuditApi.ResultsWhenAsync(manager, "enhet-b", 2026, cases: 2, previousCases: 1);
        var strangerResults = await SelfAuditApi.ResultsWhenAsync(stranger, "enhet-b", 2026, cases: 0);

        // Assert
        Assert.Equal(2, sample.GetProperty("size").GetInt32());
        Assert.True(sample.GetProperty("tooFewCases").GetBoolean());
        Assert.Contains("fewer than 20", sample.GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Equal(("yes", "reviewer"), SelfAuditApi.Item(await QualityApi.ExpectAsync(heard, HttpStatusCode.OK), "child-heard"));
        Assert.Equal(("no", "reviewer"), SelfAuditApi.Item(await QualityApi.ExpectAsync(extension, HttpStatusCode.OK), "extension-reasons"));
        await QualityApi.ExpectAsync(notSampled, HttpStatusCode.Conflict);
        await QualityApi.ExpectAsync(otherUnit, HttpStatusCode.Forbidden);
        await QualityApi.ExpectAsync(foreign, HttpStatusCode.NotFound);
        var inTime = SelfAuditApi.Result(results, "investigation-in-time");
        Assert.Equal(0.5, inTime.GetProperty("thisYear").GetProperty("shareYes").GetDouble());
        Assert.Equal(1.0, inTime.GetProperty("lastYear").GetProperty("shareYes").GetDouble());
        var childHeard = SelfAuditApi.Result(results, "child-heard").GetProperty("thisYear");
        Assert.Equal((1, 1), (childHeard.GetProperty("yes").GetInt32(), childHeard.GetProperty("forTheReviewer").GetInt32()));
        Assert.Equal(0, strangerResults.GetProperty("previousCases").GetInt32());
    }

    [Theory]
    [InlineData("child-heard", "maybe", "child-heard")]
    [InlineData("child-heard", null, "child-heard")]
    [InlineData("not-an-item", "yes", "not-an-item")]
    [InlineData("assessment-in-time", "yes", "assessment-in-time")]
    public async Task Given_a_sampled_case_When_an_answer_is_not_the_reviewers_to_give_Then_400_names_the_item(string item, string? answer, string field)
    {
        // Arrange
        var (events, assessed, _, _) = UnitB(Municipalities.Next());
        await using var service = QualityHost.Start(infrastructure, Now);
        using var quality = service.ClientFor(events.Municipality, PlatformRoles.Kvalitetsutvecklare);
        await QualityApi.PublishAsync(infrastructure.AmqpUri, events.Events.All);
        await SelfAuditApi.ResultsWhenAsync(quality, "enhet-b", 2026, cases: 2, previousCases: 1);
        await SelfAuditApi.DrawAsync(quality, "enhet-b", 2026, seed: 3);

        // Act
        using var response = await SelfAuditApi.AnswerAsync(quality, assessed, item, answer);

        // Assert
        var problem = await QualityApi.ExpectAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Given_no_year_When_a_sample_is_drawn_Then_400_names_the_year()
    {
        // Arrange
        await using var service = QualityHost.Start(infrastructure, Now);
        using var quality = service.ClientFor(Municipalities.Next(), PlatformRoles.Kvalitetsutvecklare, unit: "enhet-a");

        // Act
        using var response = await quality.PostAsync("/api/quality/self-audit/samples", JsonContent("{\"seed\":-1}"));

        // Assert
        var errors = (await QualityApi.ExpectAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("year", out _));
        Assert.True(errors.TryGetProperty("seed", out _));
    }

    /// <summary>A report, and an investigation opened for it and concluded in time, in 2026.</summary>
    private static Guid Concluded(CaseEvents events, LegalGender gender, string born, int day, Guid? caseworker = null)
    {
        var child = Guid.NewGuid();
        var report = events.Report(child, gender, born, Local(2026, 2, day + 1));
        var opened = Local(2026, 3, day + 1);
        var investigation = events.InvestigationOpened(child, opened, reportId: report);
        events.InvestigationConcluded(investigation, child, opened, opened.AddDays(60), 60, caseworker);
        return investigation;
    }

    /// <summary>
    /// Unit B: in 2026 a case from a report assessed in time and an assessment decided late after an extension, its
    /// investigation concluded in time, and an application investigated late; in 2025 one concluded in time.
    /// </summary>
    private static (UnitEvents Events, Guid Assessed, Guid Late, Guid LastYear) UnitB(string municipality)
    {
        var events = new CaseEvents(municipality, "enhet-b");
        var child = Guid.NewGuid();
        var received = Local(2026, 3, 2);
        var report = events.Report(child, LegalGender.Female, "2014-05", received);
        events.ProtectionAssessed(report, child, received.AddHours(2));
        var assessment = events.Assessment(report, child, received, Local(2026, 3, 20), extendedDueAt: Local(2026, 3, 25));
        events.Feedback(report, given: true, Local(2026, 3, 21));
        var assessed = events.InvestigationOpened(child, Local(2026, 3, 20), assessmentId: assessment, reportId: report);
        events.InvestigationConcluded(assessed, child, Local(2026, 3, 20), Local(2026, 6, 1), 73);

        var other = Guid.NewGuid();
        events.Report(other, LegalGender.Male, "2010-01", Local(2026, 4, 1));
        var late = events.InvestigationOpened(other, Local(2026, 4, 1));
        events.InvestigationConcluded(late, other, Local(2026, 4, 1), Local(2026, 9, 1), 153);

        var third = Guid.NewGuid();
        events.Report(third, LegalGender.Male, "2012-01", Local(2025, 2, 1));
        var lastYear = events.InvestigationOpened(third, Local(2025, 3, 1));
        events.InvestigationConcluded(lastYear, third, Local(2025, 3, 1), Local(2025, 5, 1), 61);
        return (new UnitEvents(municipality, events), assessed, late, lastYear);
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    private sealed record UnitEvents(string Municipality, CaseEvents Events);
}
