using System.Net;
using System.Text.Json;

namespace Platform.EndToEndTests.Investigation;

/// <summary>The documentation is structured records, each checked field by field, with its history kept.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DocumentationTests(PlatformFixture platform)
{
    [Theory]
    [InlineData("investigation-plan", "{\"familyInvited\":false}", "reason")]
    [InlineData("child-heard", "{}", "heard")]
    [InlineData("risk-assessment", "{\"method\":\"other\",\"result\":\"low\"}", "methodName")]
    [InlineData("police-report", "{\"stance\":\"not-reported\"}", "reason")]
    [InlineData("police-report", "{\"stance\":\"reported\"}", "reportedOn")]
    [InlineData("guardians-informed", "{\"manner\":\"letter\"}", "informedOn")]
    public async Task Given_an_incomplete_part_When_recorded_Then_400_names_the_field(string part, string body, string field)
    {
        // Arrange
        using var opened = await OpenedInvestigation.OpenAsync(platform);
        var (_, caseworker, id) = opened;

        // Act
        using var response = await InvestigationApi.SendRawAsync(caseworker, HttpMethod.Put, id, part, body);

        // Assert
        await InvestigationApi.ExpectFieldErrorAsync(response, field);
    }

    [Fact]
    public async Task Given_a_part_recorded_twice_and_a_list_When_read_Then_the_latest_is_in_force_and_every_recording_is_kept()
    {
        // Arrange
        using var opened = await OpenedInvestigation.OpenAsync(platform);
        var (_, caseworker, id) = opened;

        // Act
        using var first = await InvestigationApi.PutAsync(caseworker, id, "child-view", new { text = "Först." });
        using var second = await InvestigationApi.PutAsync(caseworker, id, "child-view", new { text = "Sedan." });
        using var contact = await InvestigationApi.PostAsync(caseworker, id, "consultations",
            new { kind = "reference-contact", party = "Mormor", contactedOn = InvestigationApi.Today, summary = InvestigationApi.Text });
        using var another = await InvestigationApi.PostAsync(caseworker, id, "consultations",
            new { kind = "consultation", party = "Skolsköterskan", contactedOn = InvestigationApi.Today, summary = InvestigationApi.Text });
        var investigation = await InvestigationApi.GetAsync(caseworker, id);

        // Assert
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Created, HttpStatusCode.Created],
            [first.StatusCode, second.StatusCode, contact.StatusCode, another.StatusCode]);
        var documentation = investigation.GetProperty("documentation");
        Assert.Equal("Sedan.", documentation.GetProperty("childView").GetProperty("content").GetProperty("text").GetString());
        Assert.Equal(2, documentation.GetProperty("consultations").GetArrayLength());
        Assert.Equal(["Först.", "Sedan."], investigation.GetProperty("documentationHistory").EnumerateArray()
            .Where(r => r.GetProperty("part").GetString() == "child-view").Select(r => r.GetProperty("content").GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Given_guardians_not_yet_informed_When_recorded_Then_the_worklist_and_the_investigation_stop_flagging_it()
    {
        // Arrange
        using var opened = await OpenedInvestigation.OpenAsync(platform);
        var (_, caseworker, id) = opened;
        var before = await InvestigationApi.WorklistItemAsync(caseworker, id);

        // Act
        using var informed = await InvestigationApi.PutAsync(caseworker, id, "guardians-informed", new { informedOn = InvestigationApi.Today, manner = "phone" });
        var after = await InvestigationApi.WorklistItemAsync(caseworker, id);
        var investigation = await InvestigationApi.GetAsync(caseworker, id);

        // Assert
        Assert.Equal(HttpStatusCode.OK, informed.StatusCode);
        Assert.True(before.GetProperty("guardiansNotInformed").GetBoolean());
        Assert.False(after.GetProperty("guardiansNotInformed").GetBoolean());
        Assert.Equal(before.GetProperty("missingPartCount").GetInt32() - 1, after.GetProperty("missingPartCount").GetInt32());
        Assert.Equal("phone", investigation.GetProperty("guardiansInformed").GetProperty("manner").GetString());
    }

    [Fact]
    public async Task Given_a_caseworker_without_the_qualification_When_recording_Then_403_names_qualified_staff()
    {
        // Arrange
        using var opened = await OpenedInvestigation.OpenAsync(platform);
        var (municipality, caseworker, id) = opened;
        using var student = await platform.ForMunicipalityAsync(municipality, qualified: false, sub: "student");

        // Act
        using var response = await InvestigationApi.PutAsync(student, id, "child-view", new { text = InvestigationApi.Text });

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("qualified-staff", await InvestigationApi.RuleOfAsync(response));
        Assert.Equal(JsonValueKind.Null, (await InvestigationApi.GetAsync(caseworker, id)).GetProperty("documentation").GetProperty("childView").ValueKind);
    }
}
