using Platform.Contracts.Intake;

namespace Platform.EndToEndTests.Intake;

[Collection(PlatformCollection.Name)]
public sealed class EventTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_a_registered_anmalan_When_published_Then_ReportRegistered_reaches_the_broker_without_personal_data()
    {
        // Arrange
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        var events = await bus.ListenAsync<ReportRegistered>();
        var municipality = Municipalities.Next();
        var client = await platform.ForMunicipalityAsync(municipality);
        var number = "150305-1243";
        var report = IntakeRequests.Report(number, unit: "mottagning", protectedIdentity: true);

        // Act
        var registered = await client.RegisterAsync(report);

        // Assert
        var (message, raw) = await events.WaitForRawAsync(e => e.ReportId == registered.Id("reportId"));
        Assert.Equal(municipality, message.TenantId);
        Assert.Equal(registered.Text("caseNumber"), message.CaseNumber);
        Assert.Equal(registered.Id("childId"), message.ChildId);
        Assert.Equal(Classification.Anmalan, message.Classification);
        Assert.Equal(ReporterCategory.School, message.ReporterCategory);
        Assert.True(message.IsMandatoryReporter);
        Assert.True(message.FeedbackRequested);
        Assert.Equal([ConcernCategory.Neglect, ConcernCategory.Violence], message.ConcernCategories);
        Assert.Equal(LegalGender.Female, message.ChildGender);
        Assert.Equal("2015-03", message.ChildBirthYearMonth);
        Assert.True(message.IsProtectedIdentity);
        Assert.Equal("mottagning", message.Unit);
        Assert.NotNull(message.ProtectionAssessmentDueAt);
        AssertNoPersonalData(raw);
        Assert.Contains("report-registered:v1", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_an_assessment_and_a_reclassification_When_published_Then_both_events_reach_the_broker_without_free_text()
    {
        // Arrange
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        var assessments = await bus.ListenAsync<ProtectionAssessmentRecorded>();
        var reclassifications = await bus.ListenAsync<ReportReclassified>();
        var client = await platform.ForMunicipalityAsync(Municipalities.Next(), name: "Anna Andersson");
        var reportId = (await client.RegisterAsync(IntakeRequests.Report("150305-1243", DateTimeOffset.UtcNow.AddDays(-2)))).Id("reportId");

        // Act
        await client.AssessAsync(reportId, IntakeRequests.Assessment());
        await client.ReclassifyAsync(reportId, IntakeRequests.Reclassification("annan-kannedom"));

        // Assert
        var (assessed, assessedRaw) = await assessments.WaitForRawAsync(e => e.ReportId == reportId);
        Assert.False(assessed.WithinDeadline);
        Assert.Equal("handlaggare", assessed.AssessorRole);
        AssertNoPersonalData(assessedRaw);
        Assert.DoesNotContain("synliga skador", assessedRaw, StringComparison.Ordinal);
        var (reclassified, reclassifiedRaw) = await reclassifications.WaitForRawAsync(e => e.ReportId == reportId);
        Assert.Equal(Classification.Anmalan, reclassified.From);
        Assert.Equal(Classification.AnnanKannedom, reclassified.To);
        AssertNoPersonalData(reclassifiedRaw);
        Assert.DoesNotContain("vårdnadshavare", reclassifiedRaw, StringComparison.Ordinal);
    }

    private static void AssertNoPersonalData(string raw)
    {
        foreach (var personal in new[] { "1503051243", "150305-1243", IntakeRequests.Description, IntakeRequests.ReporterName, "070-1234567", "Anna Andersson", "Test Testsson" })
        {
            Assert.DoesNotContain(personal, raw, StringComparison.Ordinal);
        }
    }
}
