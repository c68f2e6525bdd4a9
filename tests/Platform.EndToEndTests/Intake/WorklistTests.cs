namespace Platform.EndToEndTests.Intake;

[Collection(PlatformCollection.Name)]
public sealed class WorklistTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_reports_with_different_deadlines_When_the_worklist_is_read_Then_the_most_urgent_come_first_and_overdue_ones_are_marked()
    {
        // Arrange
        var client = await platform.ForMunicipalityAsync(Municipalities.Next());
        var now = DateTimeOffset.UtcNow;
        var recent = await client.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(41), now.AddHours(-1)));
        var oldest = await client.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(42), now.AddDays(-4)));
        var overdue = await client.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(43), now.AddDays(-2)));
        await client.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(44), classification: "ansokan"));

        // Act
        var items = await client.WorklistAsync();

        // Assert
        Assert.Equal([oldest.Id("reportId"), overdue.Id("reportId"), recent.Id("reportId")], items.Select(i => i.Id("reportId")));
        Assert.Equal([true, true, false], items.Select(i => i.GetProperty("overdue").GetBoolean()));
    }

    [Fact]
    public async Task Given_reports_of_two_units_When_the_worklist_is_read_for_one_Then_only_its_reports_are_listed()
    {
        // Arrange
        var client = await platform.ForMunicipalityAsync(Municipalities.Next());
        var ours = await client.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(45), unit: "mottagning-norr"));
        await client.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(46), unit: "mottagning-syd"));

        // Act
        var items = await client.WorklistAsync("?status=awaiting-protection-assessment&unit=mottagning-norr");

        // Assert
        Assert.Equal(ours.Id("reportId"), Assert.Single(items).Id("reportId"));
    }

    [Fact]
    public async Task Given_an_unknown_status_When_the_worklist_is_read_Then_400_names_it()
    {
        // Arrange
        var client = await platform.ForMunicipalityAsync(Municipalities.Next());

        // Act
        using var response = await client.GetAsync("/api/intake/reports?status=forgotten");

        // Assert
        Assert.Equal(["status"], await IntakeApi.ValidationFieldsAsync(response));
    }
}
