using System.Text.Json;
using Platform.BuildingBlocks.Messaging;
using Platform.Contracts.Intake;
using Platform.Contracts.Investigation;

namespace Platform.EndToEndTests.Investigation;

/// <summary>An application opens an investigation; one is open per child; a new one soon after the last is flagged.</summary>
[Collection(PlatformCollection.Name)]
public sealed class OpeningTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_an_application_When_registered_Then_an_investigation_opens_due_four_months_on_and_InvestigationOpened_is_published_without_text()
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var caseworker = await platform.ForMunicipalityAsync(municipality);
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        var openings = await bus.ListenAsync<InvestigationOpened>();
        var application = InvestigationApi.Application(municipality);

        // Act
        var id = await InvestigationApi.OpenAsync(platform, caseworker, application);
        var investigation = await InvestigationApi.GetAsync(caseworker, id);
        var (opened, raw) = await openings.WaitForRawAsync(e => e.InvestigationId == id);

        // Assert
        Assert.Equal("application", investigation.GetProperty("origin").GetString());
        Assert.Equal("female", investigation.GetProperty("childGender").GetString());
        Assert.Equal("2015-03", investigation.GetProperty("childBirthYearMonth").GetString());
        Assert.Equal(application.ReportId, investigation.GetProperty("reports")[0].GetProperty("reportId").GetGuid());
        var openedDay = DateOnly.FromDateTime(Platform.Rules.StockholmCalendar.LocalTime(application.ReceivedAt));
        Assert.Equal(openedDay.AddMonths(4).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), investigation.GetProperty("statutoryDueDate").GetString());
        Assert.True(investigation.GetProperty("guardiansNotInformed").GetBoolean());
        Assert.Equal(InvestigationOrigin.Application, opened.Origin);
        Assert.Equal([application.ReportId], opened.ReportIds);
        Assert.False(opened.ChainedInvestigation);
        Assert.DoesNotContain("Test Testsson", raw, StringComparison.Ordinal);
        Assert.DoesNotContain(application.CaseNumber, JsonSerializer.Serialize(opened, MessageJson.Options), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_child_under_investigation_When_another_report_or_application_about_the_child_arrives_Then_it_attaches_and_no_second_opens()
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var caseworker = await platform.ForMunicipalityAsync(municipality);
        var first = InvestigationApi.Application(municipality);
        var id = await InvestigationApi.OpenAsync(platform, caseworker, first);
        var anmalan = Reports.Registered(municipality, first.ChildId) with { ConcernCategories = [ConcernCategory.Violence], ViolenceByCloseRelative = true };
        var secondApplication = InvestigationApi.Application(municipality, first.ChildId);

        // Act
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        await bus.PublishAsync(anmalan, anmalan.EventId);
        await bus.PublishAsync(secondApplication, secondApplication.EventId);
        var investigation = await ApiClients.EventuallyAsync<JsonElement?>(async () =>
            await InvestigationApi.GetAsync(caseworker, id) is { } i && i.GetProperty("reports").GetArrayLength() == 3 ? i : null);
        var worklist = await InvestigationApi.WorklistAsync(caseworker);

        // Assert
        Assert.Single(worklist.GetProperty("items").EnumerateArray(), i => i.GetProperty("childId").GetGuid() == first.ChildId);
        Assert.True(investigation!.Value.GetProperty("hasViolenceConcern").GetBoolean());
        Assert.Contains("risk-assessment", investigation.Value.GetProperty("missingParts").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task Given_an_investigation_closed_today_When_the_child_is_investigated_again_Then_the_new_one_is_flagged_chained_for_the_unit_manager()
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var caseworker = await platform.ForMunicipalityAsync(municipality);
        using var secretary = await Assessment.AssessmentApi.SecretaryAsync(platform, municipality);
        var first = InvestigationApi.Application(municipality);
        var closed = await InvestigationApi.OpenAsync(platform, caseworker, first);
        await InvestigationApi.DocumentAsync(caseworker, closed);
        using var decided = await InvestigationApi.PostAsync(secretary, closed, "decision", InvestigationApi.CommitteeDecision(InvestigationApi.Meeting()));
        await InvestigationApi.ExpectAsync(decided, System.Net.HttpStatusCode.OK);

        // Act
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        var again = InvestigationApi.Application(municipality, first.ChildId);
        await bus.PublishAsync(again, again.EventId);
        var id = await InvestigationApi.OfChildAsync(caseworker, first.ChildId);

        // Assert
        var investigation = await InvestigationApi.GetAsync(caseworker, id);
        Assert.NotEqual(closed, id);
        Assert.True(investigation.GetProperty("chainedInvestigation").GetBoolean());
        Assert.Equal(closed, investigation.GetProperty("previousInvestigationId").GetGuid());
        Assert.True((await InvestigationApi.WorklistItemAsync(caseworker, id)).GetProperty("chainedInvestigation").GetBoolean());
    }

    [Fact]
    public async Task Given_an_assessments_request_that_arrives_before_the_reports_registration_When_the_registration_follows_Then_the_investigation_opens_with_the_childs_details()
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var caseworker = await platform.ForMunicipalityAsync(municipality);
        var report = Reports.Registered(municipality, Guid.NewGuid()) with { ChildGender = LegalGender.Male, ChildBirthYearMonth = "2012-11" };
        var request = new Platform.Contracts.Assessment.InvestigationRequested
        {
            EventId = Guid.NewGuid(),
            TenantId = municipality,
            OccurredAt = DateTimeOffset.UtcNow,
            AssessmentId = Guid.NewGuid(),
            ChildId = report.ChildId,
            ReportIds = [report.ReportId],
            RequestedAt = DateTimeOffset.UtcNow,
            HasViolenceConcern = true,
        };

        // Act
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        await bus.PublishAsync(request, request.EventId);
        await bus.PublishAsync(report, report.EventId);
        var id = await InvestigationApi.OfChildAsync(caseworker, report.ChildId, TimeSpan.FromSeconds(90));

        // Assert
        var investigation = await InvestigationApi.GetAsync(caseworker, id);
        Assert.Equal("assessment-decision", investigation.GetProperty("origin").GetString());
        Assert.Equal(request.AssessmentId, investigation.GetProperty("assessmentId").GetGuid());
        Assert.Equal("male", investigation.GetProperty("childGender").GetString());
        Assert.Equal("2012-11", investigation.GetProperty("childBirthYearMonth").GetString());
        Assert.True(investigation.GetProperty("policeReportStanceRequired").GetBoolean());
    }
}
