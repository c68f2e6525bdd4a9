using System.Net;
using System.Text.Json;
using Platform.Contracts;
using Platform.Rules;

namespace Platform.EndToEndTests.Intake;

[Collection(PlatformCollection.Name)]
public sealed class ReclassificationTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_an_anmalan_When_reclassified_as_ansokan_Then_its_deadline_goes_and_who_and_why_are_kept()
    {
        // Arrange
        var client = await platform.ForMunicipalityAsync(Municipalities.Next(), role: "teamledare", name: "Tea Ledare");
        var reportId = (await client.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(31)))).Id("reportId");

        // Act
        var changed = await client.ReclassifyAsync(reportId, IntakeRequests.Reclassification("ansokan"));

        // Assert
        Assert.Equal("anmalan", changed.Text("from"));
        Assert.Equal("ansokan", changed.Text("to"));
        Assert.Equal(JsonValueKind.Null, changed.GetProperty("protectionAssessmentDueAt").ValueKind);
        var report = await client.ReportAsync(reportId);
        Assert.Equal("ansokan", report.Text("classification"));
        Assert.Equal("registered", report.Text("status"));
        var kept = Assert.Single(report.GetProperty("reclassifications").EnumerateArray());
        Assert.Equal("Tea Ledare", kept.Text("byName"));
        Assert.Equal("teamledare", kept.Text("byRole"));
        Assert.Equal("Ansökan från vårdnadshavare, inte en anmälan.", kept.Text("reason"));
        Assert.Empty(await client.WorklistAsync());
    }

    [Fact]
    public async Task Given_an_ansokan_When_reclassified_as_anmalan_Then_the_protection_deadline_counts_from_receipt()
    {
        // Arrange
        var client = await platform.ForMunicipalityAsync(Municipalities.Next());
        var receivedAt = DateTimeOffset.UtcNow.AddHours(-3);
        var reportId = (await client.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(32), receivedAt, classification: "ansokan"))).Id("reportId");

        // Act
        var changed = await client.ReclassifyAsync(reportId, IntakeRequests.Reclassification("anmalan", "Oro för barnet framkom i samtalet."));

        // Assert
        Assert.Equal(RuleCatalogue.Due(RuleIds.ProtectionAssessment, receivedAt), changed.GetProperty("protectionAssessmentDueAt").GetDateTimeOffset());
        var item = Assert.Single(await client.WorklistAsync());
        Assert.Equal(reportId, item.Id("reportId"));
        await client.AssessAsync(reportId, IntakeRequests.Assessment());
    }

    [Fact]
    public async Task Given_no_reason_or_the_same_class_When_reclassifying_Then_400_names_the_fields_and_nothing_changes()
    {
        // Arrange
        var municipality = Municipalities.Next();
        var client = await platform.ForMunicipalityAsync(municipality);
        var reportId = (await client.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(33)))).Id("reportId");

        // Act
        using var response = await client.PostAsync($"/api/intake/reports/{reportId}/reclassification", IntakeRequests.Reclassification("anmalan", reason: null));

        // Assert
        Assert.Equal(["classification", "reason"], (await IntakeApi.ValidationFieldsAsync(response)).Order(StringComparer.Ordinal));
        Assert.Equal(0, await IntakeDatabase.CountAsync(platform, "reclassifications", municipality));
        Assert.Equal("anmalan", (await client.ReportAsync(reportId)).Text("classification"));
    }

    [Fact]
    public async Task Given_an_unknown_class_When_reclassifying_Then_400_names_it()
    {
        // Arrange
        var client = await platform.ForMunicipalityAsync(Municipalities.Next());
        var reportId = (await client.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(34)))).Id("reportId");

        // Act
        using var response = await client.PostAsync($"/api/intake/reports/{reportId}/reclassification", IntakeRequests.Reclassification("skvaller"));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("classification", await IntakeApi.ValidationFieldsAsync(response));
    }
}
