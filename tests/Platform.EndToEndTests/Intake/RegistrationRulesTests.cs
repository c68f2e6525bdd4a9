using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Rules;

namespace Platform.EndToEndTests.Intake;

/// <summary>The registration rules of DOMAIN.md §2.1 as corrected (issue 12, items 1, 9, 12, 13 and 18).</summary>
[Collection(PlatformCollection.Name)]
public sealed class RegistrationRulesTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_a_municipality_with_a_noon_cut_off_When_a_report_came_in_at_13_yesterday_Then_its_protection_assessment_is_due_at_the_end_of_today()
    {
        // Arrange
        var municipality = Municipalities.Next();
        var manager = await platform.ForMunicipalityAsync(municipality, role: "enhetschef");
        var caseworker = await platform.ForMunicipalityAsync(municipality);
        var today = StockholmCalendar.LocalDate(DateTimeOffset.UtcNow);
        var receivedAt = StockholmCalendar.StartOf(today.AddDays(-1)).AddHours(13);
        using var put = await manager.PutAsJsonAsync("/api/intake/settings",
            new JsonObject { ["protectedIdentityRoles"] = new JsonArray("enhetschef"), ["protectionAssessmentCutOff"] = "12:00" });

        // Act
        var registered = await caseworker.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(1201), receivedAt));
        var settings = await manager.GetFromJsonAsync<JsonElement>("/api/intake/settings");

        // Assert
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(StockholmCalendar.EndOf(today), registered.GetProperty("protectionAssessmentDueAt").GetDateTimeOffset());
        Assert.Equal("12:00", settings.Text("protectionAssessmentCutOff"));
    }

    [Fact]
    public async Task Given_no_cut_off_of_its_own_When_settings_are_read_or_a_bad_time_is_sent_Then_the_default_15_00_is_shown_and_the_bad_time_is_a_400()
    {
        // Arrange
        var manager = await platform.ForMunicipalityAsync(Municipalities.Next(), role: "enhetschef");

        // Act
        var settings = await manager.GetFromJsonAsync<JsonElement>("/api/intake/settings");
        using var bad = await manager.PutAsJsonAsync("/api/intake/settings",
            new JsonObject { ["protectedIdentityRoles"] = new JsonArray(), ["protectionAssessmentCutOff"] = "25:00" });

        // Assert
        Assert.Equal("15:00", settings.Text("protectionAssessmentCutOff"));
        Assert.Equal(["protectionAssessmentCutOff"], await IntakeApi.ValidationFieldsAsync(bad));
    }

    [Fact]
    public async Task Given_a_concern_of_violence_When_registered_without_or_with_whether_a_narstaende_is_involved_Then_400_or_it_is_recorded_and_published()
    {
        // Arrange
        var client = await platform.ForMunicipalityAsync(Municipalities.Next());
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        var listener = await bus.ListenAsync<Platform.Contracts.Intake.ReportRegistered>();
        var unstated = IntakeRequests.Report(Reports.IdentityNumber(1202));
        unstated.Remove("violenceByCloseRelative");
        var stated = IntakeRequests.Report(Reports.IdentityNumber(1203));
        stated["violenceByCloseRelative"] = true;

        // Act
        using var refused = await client.PostAsync("/api/intake/reports", unstated);
        var reportId = (await client.RegisterAsync(stated)).Id("reportId");
        var details = await client.ReportAsync(reportId);
        var published = await listener.WaitForAsync(e => e.ReportId == reportId);

        // Assert
        Assert.Equal(["violenceByCloseRelative"], await IntakeApi.ValidationFieldsAsync(refused));
        Assert.True(details.GetProperty("violenceByCloseRelative").GetBoolean());
        Assert.True(published.ViolenceByCloseRelative);
    }

    [Theory]
    [InlineData("private-person")]
    [InlineData("anonymous")]
    public async Task Given_a_reporter_who_is_not_a_professional_When_marked_as_a_mandatory_reporter_Then_400_names_the_flag(string category)
    {
        // Arrange
        var client = await platform.ForMunicipalityAsync(Municipalities.Next());
        var report = IntakeRequests.Report(Reports.IdentityNumber(1204));
        report["reporter"] = new JsonObject { ["category"] = category, ["isMandatoryReporter"] = true, ["requestedFeedback"] = false };

        // Act
        using var response = await client.PostAsync("/api/intake/reports", report);

        // Assert
        Assert.Equal(["reporter.isMandatoryReporter"], await IntakeApi.ValidationFieldsAsync(response));
    }

    [Fact]
    public async Task Given_a_mandatory_reporters_report_When_registered_as_annan_kannedom_without_then_with_a_reason_Then_400_then_the_reason_and_the_original_class_are_kept_through_a_reclassification()
    {
        // Arrange
        var client = await platform.ForMunicipalityAsync(Municipalities.Next());
        var withoutReason = IntakeRequests.Report(Reports.IdentityNumber(1205), classification: "annan-kannedom");
        withoutReason["classificationReason"] = null;
        var withReason = IntakeRequests.Report(Reports.IdentityNumber(1206), classification: "annan-kannedom");

        // Act
        using var refused = await client.PostAsync("/api/intake/reports", withoutReason);
        var reportId = (await client.RegisterAsync(withReason)).Id("reportId");
        await client.ReclassifyAsync(reportId, IntakeRequests.Reclassification("anmalan", "Skolan anmäler oro; det är en anmälan."));
        var details = await client.ReportAsync(reportId);

        // Assert
        Assert.Equal(["classificationReason"], await IntakeApi.ValidationFieldsAsync(refused));
        Assert.Equal(("anmalan", "annan-kannedom"), (details.Text("classification"), details.Text("originalClassification")));
        Assert.False(string.IsNullOrWhiteSpace(details.Text("classificationReason")));
    }

    [Fact]
    public async Task Given_an_unqualified_caseworker_When_reclassifying_Then_403_names_qualified_staff_and_nothing_changes()
    {
        // Arrange
        var municipality = Municipalities.Next();
        var qualified = await platform.ForMunicipalityAsync(municipality);
        var student = await platform.ForMunicipalityAsync(municipality, qualified: false, sub: "student-" + municipality);
        var reportId = (await qualified.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(1207)))).Id("reportId");

        // Act
        using var refused = await student.PostAsync($"/api/intake/reports/{reportId}/reclassification", IntakeRequests.Reclassification("ansokan"));
        var details = await qualified.ReportAsync(reportId);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("qualified-staff", (await refused.Content.ReadFromJsonAsync<JsonElement>()).Text("rule"));
        Assert.Equal("anmalan", details.Text("classification"));
    }

    [Fact]
    public async Task Given_a_registered_report_When_read_Then_it_shows_when_it_may_be_thinned_under_the_rule_in_force_marked_unverified()
    {
        // Arrange
        var client = await platform.ForMunicipalityAsync(Municipalities.Next());
        var reportId = (await client.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(1208)))).Id("reportId");

        // Act
        var details = await client.ReportAsync(reportId);
        var retention = details.GetProperty("retention");

        // Assert: five years after the last entry, unless the child is born on a day kept for research.
        var registeredOn = StockholmCalendar.LocalDate(DateTimeOffset.UtcNow);
        var kept = DateOnly.Parse(details.GetProperty("child").Text("birthDate"), System.Globalization.CultureInfo.InvariantCulture).Day is 5 or 15 or 25;
        Assert.Equal(kept, retention.GetProperty("keptPermanently").GetBoolean());
        Assert.Equal(kept ? null : registeredOn.AddYears(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), retention.GetProperty("thinnedFrom").GetString());
        Assert.Contains("SoL (2025:400)", retention.Text("legalReference"), StringComparison.Ordinal);
        Assert.False(retention.GetProperty("legalReferenceVerified").GetBoolean());
    }

    [Fact]
    public async Task Given_an_anmalan_received_now_When_read_Then_its_deadlines_cite_SoL_2025_400_and_say_unverified_where_the_platform_has_not_checked()
    {
        // Arrange
        var client = await platform.ForMunicipalityAsync(Municipalities.Next());
        var reportId = (await client.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(1901)))).Id("reportId");

        // Act
        var deadlines = (await client.ReportAsync(reportId)).GetProperty("deadlines").EnumerateArray()
            .ToDictionary(d => d.Text("rule"), d => (Text: d.Text("legalReference"), Verified: d.GetProperty("legalReferenceVerified").GetBoolean()));

        // Assert: the förhandsbedömning's new section is verified; the protection assessment's is not yet.
        Assert.Equal(("20 kap. 2 § SoL (2025:400)", true), deadlines["initial-assessment"]);
        Assert.Contains("SoL (2025:400)", deadlines["protection-assessment"].Text, StringComparison.Ordinal);
        Assert.EndsWith("(unverified)", deadlines["protection-assessment"].Text, StringComparison.Ordinal);
        Assert.False(deadlines["protection-assessment"].Verified);
    }
}
