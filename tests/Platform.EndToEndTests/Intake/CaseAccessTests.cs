using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.EndToEndTests.Intake;

/// <summary>Who reads a case (DOMAIN.md §4, issue 12 items 15 and 16): the own unit, another with a stated reason, and a protected identity's free text.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CaseAccessTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_a_case_of_another_unit_When_read_without_then_with_a_reason_Then_403_naming_the_rule_then_200_logged_with_the_reason_and_flagged()
    {
        // Arrange
        var municipality = Municipalities.Next();
        var north = await platform.ForMunicipalityAsync(municipality, unit: "barn-norr", sub: "nora-" + municipality);
        var south = await platform.ForMunicipalityAsync(municipality, unit: "barn-syd", sub: "sven-" + municipality);
        var manager = await platform.ForMunicipalityAsync(municipality, role: "enhetschef");
        var reportId = (await north.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(1501), unit: "barn-norr"))).Id("reportId");

        // Act
        using var refused = await south.GetAsync($"/api/intake/reports/{reportId}");
        using var allowed = await south.GetAsync($"/api/intake/reports/{reportId}?reason={Uri.EscapeDataString("Jourärende: barnet har sökt upp mottagningen i syd.")}");
        var flagged = await manager.GetFromJsonAsync<JsonElement>($"/api/intake/access-log?recordId={reportId}&flagged=true");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("own-unit", (await refused.Content.ReadFromJsonAsync<JsonElement>()).Text("rule"));
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        var entry = Assert.Single(flagged.EnumerateArray());
        Assert.Equal(("sven-" + municipality, "read", true), (entry.Text("userId"), entry.Text("action"), entry.GetProperty("flagged").GetBoolean()));
        Assert.Equal("Jourärende: barnet har sökt upp mottagningen i syd.", entry.Text("reason"));
    }

    [Fact]
    public async Task Given_cases_of_two_units_When_a_caseworker_of_one_reads_the_worklist_or_another_units_Then_only_their_own_and_unassigned_cases_without_a_reason()
    {
        // Arrange
        var municipality = Municipalities.Next();
        var north = await platform.ForMunicipalityAsync(municipality, unit: "barn-norr");
        var reception = await platform.ForMunicipalityAsync(municipality, sub: "mottagning-" + municipality);
        var own = (await reception.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(1502), unit: "barn-norr"))).Id("reportId");
        var unassigned = (await reception.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(1503)))).Id("reportId");
        var other = (await reception.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(1504), unit: "barn-syd"))).Id("reportId");

        // Act
        var listed = (await north.WorklistAsync()).Select(i => i.Id("reportId")).ToList();
        using var otherUnits = await north.GetAsync("/api/intake/reports?status=awaiting-protection-assessment&unit=barn-syd");
        var everything = (await reception.WorklistAsync()).Select(i => i.Id("reportId")).ToList();

        // Assert
        Assert.Contains(own, listed);
        Assert.Contains(unassigned, listed);
        Assert.DoesNotContain(other, listed);
        Assert.Equal(HttpStatusCode.Forbidden, otherUnits.StatusCode);
        Assert.Contains(other, everything);
    }

    [Fact]
    public async Task Given_a_protected_identity_When_a_role_the_municipality_has_not_named_reads_the_report_Then_the_free_text_and_the_reporters_details_are_left_out_too()
    {
        // Arrange
        var municipality = Municipalities.Next();
        var caseworker = await platform.ForMunicipalityAsync(municipality);
        var manager = await platform.ForMunicipalityAsync(municipality, role: "enhetschef");
        var reportId = (await caseworker.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(1601), protectedIdentity: true))).Id("reportId");
        await caseworker.AssessAsync(reportId, IntakeRequests.Assessment());

        // Act
        var hidden = await caseworker.ReportAsync(reportId);
        var shown = await manager.ReportAsync(reportId);

        // Assert
        Assert.True(hidden.GetProperty("restricted").GetBoolean());
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("description").ValueKind);
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("reporter").GetProperty("organisation").ValueKind);
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("reporter").GetProperty("name").ValueKind);
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("protectionAssessment").GetProperty("circumstances").ValueKind);
        Assert.DoesNotContain(IntakeRequests.Description, hidden.GetRawText(), StringComparison.Ordinal);
        Assert.False(shown.GetProperty("restricted").GetBoolean());
        Assert.Equal(IntakeRequests.Description, shown.Text("description"));
        Assert.Equal("Skolan", shown.GetProperty("reporter").Text("organisation"));
    }
}
