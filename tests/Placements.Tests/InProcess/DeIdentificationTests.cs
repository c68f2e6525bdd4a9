using System.Net.Http.Json;
using Platform.Contracts.Placements;
using Platform.Testing.Messaging;

namespace Placements.Tests.InProcess;

/// <summary>No name, identity number or free text ever leaves the municipality: not in the regional rows, not in any message the service publishes.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class DeIdentificationTests(InfrastructureFixture infrastructure)
{
    private const string CaseworkerName = "Karin Kvistberg";
    private const string IdentityNumber = "201205152384";
    private const string FreeText = "Elvira Lundqvist berättar att hon trivs i skolan";

    [Fact]
    public async Task Given_names_identity_numbers_and_free_text_in_a_placement_When_it_changes_Then_none_reaches_the_regional_rows_or_the_messages()
    {
        // Arrange
        var county = Counties.Next();
        var municipality = Counties.Municipality(county, 1);
        var now = new DateTimeOffset(2027, 9, 15, 10, 0, 0, TimeSpan.Zero);
        await using var service = PlacementsHost.Start(infrastructure, now);
        using var client = service.ClientFor(municipality, name: CaseworkerName);
        await using var bus = await TestBus.StartAsync(infrastructure.AmqpUri);
        var records = await bus.ListenAsync<RegionalPlacementRecord>();
        var id = await PlacementsApi.StartedAsync(client, infrastructure.AmqpUri, PlacementsApi.Decided(municipality, now.AddDays(-20)), new DateOnly(2027, 9, 1));
        var note = $"{FreeText} ({IdentityNumber})";

        // Act
        await PlacementsApi.RecordAsync(client, id, "visits", new { doneOn = "2027-09-10", individualConversation = true, note });
        await PlacementsApi.RecordAsync(client, id, "care-plan", new { doneOn = "2027-09-11", note });
        using (var dialogue = await client.PostAsJsonAsync($"/api/placements/placements/{id}/dialogues", new
        {
            heldOn = "2027-09-12",
            note,
            answers = new[] { "plan-in-place", "school-or-occupation", "well-being", "safety", "treatment-by-staff", "participation" }
                .Select(i => new { indicator = i, childAnswer = 4, rating = 3 }),
        }))
        {
            await PlacementsApi.ExpectAsync(dialogue, System.Net.HttpStatusCode.Created);
        }

        await PlacementsApi.RecordAsync(client, id, "end", new { endedOn = "2027-09-14", ending = "planned", reason = "goal-reached" });
        var ended = await PlacementsApi.GetAsync(client, id);
        var version = ended.GetProperty("version").GetInt32();
        await Eventually.UntilAsync(async () => (await RegionalRows.AllTextAsync(infrastructure,
            $"SELECT version FROM regional_records WHERE municipality_code = '{municipality}' AND version = {version}")).SingleOrDefault());

        // Assert
        var regional = await RegionalRows.AllTextAsync(infrastructure, $"SELECT r::text FROM regional_records r WHERE municipality_code = '{municipality}'");
        var published = await RegionalRows.AllTextAsync(infrastructure, $"SELECT body::text FROM outbox_messages WHERE tenant_id = '{municipality}'");
        var (last, raw) = await records.WaitForRawAsync(r => r.TenantId == municipality && r.Version == version);
        Assert.Single(regional);
        Assert.True(published.Count >= 7, $"Expected every change in the outbox, found {published.Count} messages.");
        Assert.Contains(published, m => m.Contains("regional-placement-record", StringComparison.Ordinal));
        Assert.Equal(3m, last.Scores!.Safety);
        foreach (var text in regional.Concat(published).Append(raw))
        {
            Assert.DoesNotContain(CaseworkerName, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(IdentityNumber, text, StringComparison.Ordinal);
            Assert.DoesNotContain("Elvira", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("trivs i skolan", text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains(FreeText, ended.GetRawText(), StringComparison.Ordinal);
    }
}
