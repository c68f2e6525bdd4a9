using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Contracts.Investigation;
using Platform.Contracts.Placements;

namespace Platform.EndToEndTests.Placements;

/// <summary>The unit's worklist of duties, visits that move the next deadline, dialogues that rate the provider, endings and moves.</summary>
[Collection(PlatformCollection.Name)]
public sealed class FollowUpTests(PlatformFixture platform)
{
    private static readonly string[] Indicators = ["plan-in-place", "school-or-occupation", "well-being", "safety", "treatment-by-staff", "participation"];

    [Fact]
    public async Task Given_placements_in_two_units_When_a_unit_reads_its_worklist_Then_it_sees_its_own_duties_by_deadline_with_overdue_in_words()
    {
        // Arrange
        var municipality = Municipalities.Next();
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        using var unitA = await platform.ForMunicipalityAsync(municipality, unit: "placering-a");
        using var unitB = await platform.ForMunicipalityAsync(municipality, unit: "placering-b", sub: "b");
        var late = await PlacementsApi.StartedAsync(bus, unitA, PlacementsApi.Decided(municipality, unit: "placering-a"), daysAgo: 35);
        var fresh = await PlacementsApi.StartedAsync(bus, unitA, PlacementsApi.Decided(municipality, unit: "placering-a"), daysAgo: 2);
        await PlacementsApi.StartedAsync(bus, unitB, PlacementsApi.Decided(municipality, unit: "placering-b"), daysAgo: 2);

        // Act
        var items = (await unitA.GetFromJsonAsync<JsonElement>("/api/placements/worklist")).GetProperty("items").EnumerateArray().ToList();

        // Assert
        Assert.Equal(6, items.Count);
        Assert.All(items, i => Assert.Contains(i.GetProperty("placementId").GetGuid(), new[] { late, fresh }));
        var dues = items.Select(i => i.GetProperty("duty").GetProperty("dueAt").GetDateTimeOffset()).ToList();
        Assert.Equal(dues.Order(), dues);
        var first = items[0].GetProperty("duty");
        Assert.Equal(("care-plan", true), (first.GetProperty("kind").GetString(), first.GetProperty("overdue").GetBoolean()));
        Assert.StartsWith("Overdue: the last day was", first.GetProperty("status").GetString());
        Assert.StartsWith("Due by", items[1].GetProperty("duty").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Given_a_visit_with_an_individual_conversation_When_recorded_Then_the_next_visit_counts_three_months_from_it_and_an_event_says_so()
    {
        // Arrange
        await using var desk = await MunicipalityDesk.OpenAsync(platform);
        var (municipality, bus, caseworker) = desk;
        var visits = await bus.ListenAsync<PlacementVisitRecorded>();
        var id = await PlacementsApi.StartedAsync(bus, caseworker, PlacementsApi.Decided(municipality), daysAgo: 40);
        var visitedOn = PlacementsApi.Today.AddDays(-1);

        // Act
        using var response = await PlacementsApi.PostAsync(caseworker, id, "visits", new { doneOn = visitedOn, individualConversation = true, note = "Samtal med Kalle om skolan." });
        var placement = await PlacementsApi.ExpectAsync(response, HttpStatusCode.OK);
        var (message, raw) = await visits.WaitForRawAsync(m => m.PlacementId == id);

        // Assert
        var next = placement.GetProperty("duties").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "visit");
        Assert.Equal(visitedOn.AddMonths(3), DateOnly.Parse(next.GetProperty("dueDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(next.GetProperty("dueAt").GetDateTimeOffset(), message.NextDueAt);
        Assert.True(message.IndividualConversation);
        Assert.DoesNotContain("Kalle", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_visit_without_saying_whether_the_child_was_heard_alone_When_recorded_Then_400_names_the_field()
    {
        // Arrange
        await using var desk = await MunicipalityDesk.OpenAsync(platform);
        var (municipality, bus, caseworker) = desk;
        var id = await PlacementsApi.StartedAsync(bus, caseworker, PlacementsApi.Decided(municipality));

        // Act
        using var response = await PlacementsApi.PostAsync(caseworker, id, "visits", new { doneOn = PlacementsApi.Today });

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await PlacementsApi.ErrorsOfAsync(response)).TryGetProperty("individualConversation", out _));
    }

    [Fact]
    public async Task Given_dialogues_on_two_placements_with_a_provider_When_its_rating_is_read_Then_averages_come_with_the_number_of_answers()
    {
        // Arrange
        await using var desk = await MunicipalityDesk.OpenAsync(platform);
        var (municipality, bus, caseworker) = desk;
        foreach (var rating in new[] { 2, 4 })
        {
            var id = await PlacementsApi.StartedAsync(bus, caseworker, PlacementsApi.Decided(municipality));
            using var dialogue = await PlacementsApi.PostAsync(caseworker, id, "dialogues", new
            {
                heldOn = PlacementsApi.Today,
                answers = Indicators.Select(i => new { indicator = i, childAnswer = i == "safety" ? (int?)null : 5, rating }),
            });
            await PlacementsApi.ExpectAsync(dialogue, HttpStatusCode.Created);
        }

        // Act
        var rated = await caseworker.GetFromJsonAsync<JsonElement>($"/api/placements/providers/556036-0793/rating");

        // Assert
        Assert.Equal(2, rated.GetProperty("dialogues").GetInt32());
        var safety = rated.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("indicator").GetString() == "safety");
        Assert.Equal((3m, 2, 0), (safety.GetProperty("averageRating").GetDecimal(), safety.GetProperty("ratings").GetInt32(), safety.GetProperty("childAnswers").GetInt32()));
    }

    [Fact]
    public async Task Given_LVU_care_that_breaks_down_When_ended_Then_PlacementEnded_is_unplanned_and_the_post_LVU_follow_up_is_a_duty()
    {
        // Arrange
        await using var desk = await MunicipalityDesk.OpenAsync(platform);
        var (municipality, bus, caseworker) = desk;
        var ended = await bus.ListenAsync<PlacementEnded>();
        var id = await PlacementsApi.StartedAsync(bus, caseworker, PlacementsApi.Decided(municipality, basis: LegalBasis.Lvu3));

        // Act
        using var mismatch = await PlacementsApi.PostAsync(caseworker, id, "end", new { endedOn = PlacementsApi.Today, ending = "unplanned", reason = "goal-reached" });
        using var response = await PlacementsApi.PostAsync(caseworker, id, "end", new { endedOn = PlacementsApi.Today, ending = "unplanned", reason = "child-left" });
        var placement = await PlacementsApi.ExpectAsync(response, HttpStatusCode.OK);
        var message = await ended.WaitForAsync(m => m.PlacementId == id);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        Assert.True((await PlacementsApi.ErrorsOfAsync(mismatch)).TryGetProperty("reason", out _));
        Assert.Equal((PlacementEnding.Unplanned, PlacementEndReason.ChildLeft), (message.Ending, message.Reason));
        var duty = placement.GetProperty("duties").EnumerateArray().Single();
        Assert.Equal("post-lvu-follow-up", duty.GetProperty("kind").GetString());
        Assert.Equal(message.PostLvuFollowUpDueAt, duty.GetProperty("dueAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Given_a_child_moving_to_another_foster_home_When_moved_Then_the_old_placement_ends_and_a_new_one_starts_with_its_own_two_years()
    {
        // Arrange
        await using var desk = await MunicipalityDesk.OpenAsync(platform);
        var (municipality, bus, caseworker) = desk;
        var homes = new List<Guid>();
        foreach (var _ in new[] { 1, 2 })
        {
            using var registered = await caseworker.PostAsJsonAsync("/api/placements/foster-homes", new { approvedOn = PlacementsApi.Today.AddDays(-100), lastRecordCheckOn = PlacementsApi.Today.AddDays(-100) });
            homes.Add((await PlacementsApi.ExpectAsync(registered, HttpStatusCode.Created)).GetProperty("fosterHomeId").GetGuid());
        }

        var id = await PlacementsApi.DecideAsync(bus, caseworker, PlacementsApi.Decided(municipality, PlacementType.FosterHomeOwn));
        using (var start = await PlacementsApi.StartAsync(caseworker, id, daysAgo: 30, provider: null, fosterHomeId: homes[0]))
        {
            await PlacementsApi.ExpectAsync(start, HttpStatusCode.OK);
        }

        // Act
        using var moved = await PlacementsApi.PostAsync(caseworker, id, "move", new { movedOn = PlacementsApi.Today, fosterHomeId = homes[1], costPerDay = 1200m });
        var next = await PlacementsApi.ExpectAsync(moved, HttpStatusCode.Created);
        var old = await caseworker.GetFromJsonAsync<JsonElement>($"/api/placements/placements/{id}");

        // Assert
        Assert.Equal(("ended", "moved-to-another-placement"), (old.GetProperty("status").GetString(), old.GetProperty("endReason").GetString()));
        Assert.Equal(homes[1], next.GetProperty("fosterHomeId").GetGuid());
        var custody = next.GetProperty("duties").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "custody-transfer-consideration");
        Assert.Equal(PlacementsApi.Today.AddYears(2), DateOnly.Parse(custody.GetProperty("dueDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }
}
