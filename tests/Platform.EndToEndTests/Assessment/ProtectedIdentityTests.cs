using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.EndToEndTests.Assessment;

/// <summary>About a child with a protected identity, the assessment's texts are shown only to the roles the municipality names (DOMAIN.md §4).</summary>
[Collection(PlatformCollection.Name)]
public sealed class ProtectedIdentityTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_a_protected_child_When_the_assessment_is_read_Then_only_the_named_roles_see_its_texts_until_the_municipality_names_more()
    {
        // Arrange
        await using var desk = await MunicipalityDesk.OpenAsync(platform);
        var (municipality, bus, caseworker) = desk;
        using var teamLead = await platform.ForMunicipalityAsync(municipality, role: "teamledare");
        using var manager = await platform.ForMunicipalityAsync(municipality, role: "enhetschef");
        var report = Reports.Registered(municipality, Guid.NewGuid()) with { IsProtectedIdentity = true };
        var id = AssessmentApi.IdOf(await AssessmentApi.PublishAndWaitAsync(bus, caseworker, report));
        using var recorded = await AssessmentApi.PutAsync(caseworker, id, "child-view", new { obtained = true, text = AssessmentApi.ChildView });

        // Act
        var hidden = await AssessmentApi.GetAsync(caseworker, id);
        var shown = await AssessmentApi.GetAsync(teamLead, id);
        using var widened = await manager.PutAsJsonAsync("/api/assessment/settings", new { protectedIdentityRoles = new[] { "handlaggare", "teamledare", "enhetschef" } });
        var shownAfter = await AssessmentApi.GetAsync(caseworker, id);

        // Assert
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], [recorded.StatusCode, widened.StatusCode]);
        Assert.True(hidden.GetProperty("textsHidden").GetBoolean());
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("childView").GetProperty("text").ValueKind);
        Assert.DoesNotContain(AssessmentApi.ChildView, hidden.ToString(), StringComparison.Ordinal);
        Assert.True(hidden.GetProperty("childView").GetProperty("obtained").GetBoolean());
        Assert.Equal(AssessmentApi.ChildView, shown.GetProperty("childView").GetProperty("text").GetString());
        Assert.False(shownAfter.GetProperty("textsHidden").GetBoolean());
        Assert.Equal(AssessmentApi.ChildView, shownAfter.GetProperty("childView").GetProperty("text").GetString());
    }
}
