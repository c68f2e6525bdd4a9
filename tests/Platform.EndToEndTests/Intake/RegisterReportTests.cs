using System.Net;
using System.Text.RegularExpressions;
using Platform.Contracts;
using Platform.Rules;

namespace Platform.EndToEndTests.Intake;

[Collection(PlatformCollection.Name)]
public sealed class RegisterReportTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_an_anmalan_When_registered_Then_it_gets_a_case_number_and_the_protection_deadline_and_appears_in_the_worklist()
    {
        // Arrange
        var municipality = Municipalities.Next();
        var client = await platform.ForMunicipalityAsync(municipality);
        var receivedAt = DateTimeOffset.UtcNow.AddHours(-2);

        // Act
        var registered = await client.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(1), receivedAt));

        // Assert
        Assert.Matches(new Regex(@"^\d{4}-\d{6}$"), registered.Text("caseNumber"));
        Assert.Equal(RuleCatalogue.Due(RuleIds.ProtectionAssessment, receivedAt), registered.GetProperty("protectionAssessmentDueAt").GetDateTimeOffset());
        Assert.Empty(registered.GetProperty("priorKnowledge").EnumerateArray());
        var item = Assert.Single(await client.WorklistAsync());
        Assert.Equal(registered.Id("reportId"), item.Id("reportId"));
        Assert.Equal(registered.Text("caseNumber"), item.Text("caseNumber"));
        Assert.Equal(registered.GetProperty("protectionAssessmentDueAt").GetDateTimeOffset(), item.GetProperty("protectionAssessmentDueAt").GetDateTimeOffset());
        Assert.False(item.GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task Given_a_report_phoned_in_yesterday_When_registered_today_Then_it_is_accepted_with_its_deadline_from_receipt()
    {
        // Arrange
        var client = await platform.ForMunicipalityAsync(Municipalities.Next());
        var receivedAt = DateTimeOffset.UtcNow.AddHours(-20);

        // Act
        var registered = await client.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(2), receivedAt));

        // Assert
        var report = await client.ReportAsync(registered.Id("reportId"));
        Assert.Equal(receivedAt.ToUnixTimeSeconds(), report.GetProperty("receivedAt").GetDateTimeOffset().ToUnixTimeSeconds());
        Assert.Equal(RuleCatalogue.Due(RuleIds.ProtectionAssessment, receivedAt), report.GetProperty("protectionAssessmentDueAt").GetDateTimeOffset());
        Assert.Equal("awaiting-protection-assessment", report.Text("status"));
    }

    [Theory]
    [InlineData("ansokan")]
    [InlineData("annan-kannedom")]
    public async Task Given_a_report_that_is_not_an_anmalan_When_registered_Then_it_has_no_protection_assessment_deadline(string classification)
    {
        // Arrange
        var client = await platform.ForMunicipalityAsync(Municipalities.Next());

        // Act
        var registered = await client.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(3), classification: classification));

        // Assert
        Assert.Equal(System.Text.Json.JsonValueKind.Null, registered.GetProperty("protectionAssessmentDueAt").ValueKind);
        Assert.Empty(await client.WorklistAsync());
        Assert.Equal("registered", (await client.ReportAsync(registered.Id("reportId"))).Text("status"));
    }

    [Fact]
    public async Task Given_an_identity_number_When_registered_Then_birth_date_age_and_gender_are_derived()
    {
        // Arrange
        var client = await platform.ForMunicipalityAsync(Municipalities.Next());

        // Act
        var registered = await client.RegisterAsync(IntakeRequests.Report("150305-1243"));

        // Assert
        var child = (await client.ReportAsync(registered.Id("reportId"))).GetProperty("child");
        Assert.Equal("20150305-1243", child.Text("identityNumber"));
        Assert.Equal("2015-03-05", child.Text("birthDate"));
        Assert.Equal("female", child.Text("gender"));
        Assert.InRange(child.GetProperty("age").GetInt32(), 11, 12);
    }

    [Fact]
    public async Task Given_a_temporary_identity_When_registered_Then_the_child_gets_a_platform_id_of_its_own()
    {
        // Arrange
        var client = await platform.ForMunicipalityAsync(Municipalities.Next());

        // Act
        var first = await client.RegisterAsync(IntakeRequests.Report(identityNumber: null));
        var second = await client.RegisterAsync(IntakeRequests.Report(identityNumber: null));

        // Assert
        Assert.NotEqual(first.Id("childId"), second.Id("childId"));
        var child = (await client.ReportAsync(first.Id("reportId"))).GetProperty("child");
        Assert.Equal("Okänd Flicka", child.Text("knownName"));
        Assert.Equal("female", child.Text("gender"));
    }

    [Fact]
    public async Task Given_many_registrations_at_once_When_numbered_Then_every_case_number_is_unique()
    {
        // Arrange
        var client = await platform.ForMunicipalityAsync(Municipalities.Next());

        // Act
        var registered = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => client.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(100 + i)))));

        // Assert
        Assert.Equal(8, registered.Select(r => r.Text("caseNumber")).Distinct().Count());
    }

    [Fact]
    public async Task Given_a_caller_outside_case_work_When_registering_Then_it_is_refused()
    {
        // Arrange
        var client = await platform.ForMunicipalityAsync(Municipalities.Next(), role: "kvalitetsutvecklare");

        // Act
        using var response = await client.PostAsync("/api/intake/reports", IntakeRequests.Report(Reports.IdentityNumber(4)));

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
