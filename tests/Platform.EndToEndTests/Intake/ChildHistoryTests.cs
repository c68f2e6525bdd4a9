namespace Platform.EndToEndTests.Intake;

[Collection(PlatformCollection.Name)]
public sealed class ChildHistoryTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_earlier_reports_for_a_child_When_a_new_one_is_registered_Then_they_are_its_prior_knowledge()
    {
        // Arrange
        var client = await platform.ForMunicipalityAsync(Municipalities.Next());
        var first = await client.RegisterAsync(IntakeRequests.Report("20150305-1243", DateTimeOffset.UtcNow.AddDays(-40), classification: "ansokan"));
        var second = await client.RegisterAsync(IntakeRequests.Report("150305-1243", DateTimeOffset.UtcNow.AddDays(-3)));
        await client.AssessAsync(second.Id("reportId"), IntakeRequests.Assessment(DateTimeOffset.UtcNow.AddDays(-3).AddHours(1)));

        // Act
        var third = await client.RegisterAsync(IntakeRequests.Report("1503051243"));

        // Assert
        Assert.Equal(first.Id("childId"), third.Id("childId"));
        var prior = third.GetProperty("priorKnowledge").EnumerateArray().ToList();
        Assert.Equal([second.Id("reportId"), first.Id("reportId")], prior.Select(p => p.Id("reportId")));
        Assert.Equal(["anmalan", "ansokan"], prior.Select(p => p.Text("classification")));
        Assert.Equal(["protection-assessed", "registered"], prior.Select(p => p.Text("status")));
        Assert.Equal(first.Text("caseNumber"), prior[1].Text("caseNumber"));
    }

    [Fact]
    public async Task Given_a_child_with_reports_When_its_history_is_asked_for_Then_every_report_is_listed_with_date_class_and_outcome()
    {
        // Arrange
        var client = await platform.ForMunicipalityAsync(Municipalities.Next());
        var first = await client.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(51), DateTimeOffset.UtcNow.AddDays(-10)));
        var second = await client.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(51), classification: "annan-kannedom"));

        // Act
        var history = await client.GetOkAsync($"/api/intake/children/{first.Id("childId")}/history");

        // Assert
        var reports = history.GetProperty("reports").EnumerateArray().ToList();
        Assert.Equal([second.Id("reportId"), first.Id("reportId")], reports.Select(r => r.Id("reportId")));
        Assert.Equal(["annan-kannedom", "anmalan"], reports.Select(r => r.Text("classification")));
        Assert.Equal(["registered", "awaiting-protection-assessment"], reports.Select(r => r.Text("status")));
        Assert.All(reports, r => r.GetProperty("receivedAt").GetDateTimeOffset());
    }
}
