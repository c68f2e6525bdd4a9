using System.Net;
using Platform.Contracts.Investigation;
using Platform.Contracts.Placements;

namespace Platform.EndToEndTests.Placements;

/// <summary>Reviews of a placement are the committee's decisions, entered by its secretary with the meeting and the paragraph.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ReviewTests(PlatformFixture platform)
{
    private static object Review(string kind) =>
        new { kind, meetingDate = PlacementsApi.Today.AddDays(-1), protocolParagraph = "§ 41", careContinues = true };

    [Theory]
    [InlineData("handlaggare")]
    [InlineData("enhetschef")]
    [InlineData("namnd")]
    public async Task Given_an_official_or_the_committee_itself_When_entering_a_review_Then_403_names_committee_decisions(string role)
    {
        // Arrange
        await using var desk = await MunicipalityDesk.OpenAsync(platform);
        var (municipality, bus, caseworker) = desk;
        using var caller = await platform.ForMunicipalityAsync(municipality, role: role, sub: "caller");
        var id = await PlacementsApi.StartedAsync(bus, caseworker, PlacementsApi.Decided(municipality, basis: LegalBasis.Lvu2));

        // Act
        using var response = await PlacementsApi.PostAsync(caller, id, "reviews", Review("lvu-consideration"));

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("committee-decisions", await PlacementsApi.RuleOfAsync(response));
    }

    [Fact]
    public async Task Given_the_secretary_When_entering_the_committees_13_LVU_review_Then_it_is_recorded_and_PlacementReviewed_names_the_next_due()
    {
        // Arrange
        await using var desk = await MunicipalityDesk.OpenAsync(platform);
        var (municipality, bus, caseworker) = desk;
        var reviewed = await bus.ListenAsync<PlacementReviewed>();
        using var secretary = await platform.ForMunicipalityAsync(municipality, role: "namndsekreterare", qualified: false, name: "Sara Sekreterare");
        var id = await PlacementsApi.StartedAsync(bus, caseworker, PlacementsApi.Decided(municipality, basis: LegalBasis.Lvu2));

        // Act
        using var response = await PlacementsApi.PostAsync(secretary, id, "reviews", Review("lvu-consideration"));
        var placement = await PlacementsApi.ExpectAsync(response, HttpStatusCode.OK);
        var (message, raw) = await reviewed.WaitForRawAsync(m => m.PlacementId == id);

        // Assert
        var record = placement.GetProperty("records").EnumerateArray().Single();
        Assert.Equal(("namnd", "§ 41"), (record.GetProperty("recordedByRole").GetString(), record.GetProperty("protocolParagraph").GetString()));
        Assert.Equal(ReviewKind.LvuConsideration, message.Kind);
        Assert.Equal(PlacementsApi.Today.AddDays(-1).AddMonths(6), Platform.Rules.StockholmCalendar.LastDayBefore(message.NextDueAt));
        Assert.DoesNotContain("Sara", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("§ 41", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_voluntary_placement_When_the_secretary_enters_an_LVU_review_Then_400_names_the_kind()
    {
        // Arrange
        await using var desk = await MunicipalityDesk.OpenAsync(platform);
        var (municipality, bus, caseworker) = desk;
        using var secretary = await platform.ForMunicipalityAsync(municipality, role: "namndsekreterare", qualified: false);
        var id = await PlacementsApi.StartedAsync(bus, caseworker, PlacementsApi.Decided(municipality));

        // Act
        using var response = await PlacementsApi.PostAsync(secretary, id, "reviews", Review("lvu-reexamination"));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await PlacementsApi.ErrorsOfAsync(response)).TryGetProperty("kind", out _));
    }
}
