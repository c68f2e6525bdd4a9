using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.EndToEndTests.Assessment;

/// <summary>Staff read their own unit's cases, managers their units'; another unit's case needs a stated reason, logged and flagged (DOMAIN.md §4).</summary>
[Collection(PlatformCollection.Name)]
public sealed class UnitAccessTests(PlatformFixture platform)
{
    private async Task<Guid> OpenInUnitAsync(HttpClient client, string municipality, string unit)
    {
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        return AssessmentApi.IdOf(await AssessmentApi.PublishAndWaitAsync(bus, client, Reports.Registered(municipality, Guid.NewGuid()) with { Unit = unit }));
    }

    [Fact]
    public async Task Given_a_case_of_unit_a_When_staff_and_the_manager_of_unit_a_and_a_caseworker_of_unit_b_read_it_Then_only_unit_b_is_refused()
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var caseworkerA = await platform.ForMunicipalityAsync(municipality, unit: "barn-a", sub: "a");
        using var managerA = await platform.ForMunicipalityAsync(municipality, role: "enhetschef", unit: "barn-a", sub: "ma");
        using var caseworkerB = await platform.ForMunicipalityAsync(municipality, unit: "barn-b", sub: "b");
        var id = await OpenInUnitAsync(caseworkerA, municipality, "barn-a");

        // Act
        using var byStaff = await caseworkerA.GetAsync($"/api/assessment/assessments/{id}");
        using var byManager = await managerA.GetAsync($"/api/assessment/assessments/{id}");
        using var byOtherUnit = await caseworkerB.GetAsync($"/api/assessment/assessments/{id}");
        using var writeByOtherUnit = await AssessmentApi.PutAsync(caseworkerB, id, "triage", new { colour = "red" });

        // Assert
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], [byStaff.StatusCode, byManager.StatusCode]);
        Assert.Equal(HttpStatusCode.Forbidden, byOtherUnit.StatusCode);
        Assert.Equal("own-unit", await AssessmentApi.RuleOfAsync(byOtherUnit));
        Assert.Equal(HttpStatusCode.Forbidden, writeByOtherUnit.StatusCode);
    }

    [Fact]
    public async Task Given_a_case_of_another_unit_When_read_with_a_stated_reason_Then_it_is_shown_and_the_log_review_flags_the_read_with_the_reason()
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var caseworkerA = await platform.ForMunicipalityAsync(municipality, unit: "barn-a", sub: "a");
        using var caseworkerB = await platform.ForMunicipalityAsync(municipality, unit: "barn-b", sub: "b");
        using var head = await platform.ForMunicipalityAsync(municipality, role: "forvaltningschef");
        var id = await OpenInUnitAsync(caseworkerA, municipality, "barn-a");
        const string Reason = "Syskon utreds i min enhet; samordning.";

        // Act
        using var read = await caseworkerB.GetAsync($"/api/assessment/assessments/{id}?reason={Uri.EscapeDataString(Reason)}");
        using var ownRead = await caseworkerA.GetAsync($"/api/assessment/assessments/{id}");
        var flagged = await head.GetFromJsonAsync<JsonElement>($"/api/assessment/access-log?recordId={id}&flagged=true");
        var all = await head.GetFromJsonAsync<JsonElement>($"/api/assessment/access-log?recordId={id}");

        // Assert
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], [read.StatusCode, ownRead.StatusCode]);
        var entry = Assert.Single(flagged.EnumerateArray());
        Assert.Equal("b", entry.GetProperty("userId").GetString());
        Assert.Equal(Reason, entry.GetProperty("reason").GetString());
        Assert.True(entry.GetProperty("flagged").GetBoolean());
        Assert.Contains(all.EnumerateArray(), e => e.GetProperty("userId").GetString() == "a" && !e.GetProperty("flagged").GetBoolean());
    }

    [Fact]
    public async Task Given_cases_in_a_unit_When_a_caseworker_without_that_unit_reads_the_worklist_Then_they_are_not_listed_but_the_head_of_department_sees_them()
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var caseworkerA = await platform.ForMunicipalityAsync(municipality, unit: "barn-a", sub: "a");
        using var withoutUnit = await platform.ForMunicipalityAsync(municipality, sub: "n");
        using var head = await platform.ForMunicipalityAsync(municipality, role: "forvaltningschef");
        var id = await OpenInUnitAsync(caseworkerA, municipality, "barn-a");

        // Act
        var listedWithoutUnit = await withoutUnit.GetFromJsonAsync<JsonElement>("/api/assessment/worklist");
        var listedForHead = await head.GetFromJsonAsync<JsonElement>("/api/assessment/worklist");

        // Assert
        Assert.Equal(0, listedWithoutUnit.GetProperty("items").GetArrayLength());
        Assert.Equal([id], listedForHead.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("assessmentId").GetGuid()));
    }
}
