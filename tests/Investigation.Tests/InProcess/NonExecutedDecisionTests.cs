using System.Net;
using System.Net.Http.Json;

namespace Investigation.Tests.InProcess;

/// <summary>
/// A favourable decision not started within three months of the decision (16 kap. 6 f § SoL, rule
/// <c>non-executed-decision</c>) is "not executed" from the day after, on the unit's worklist, until it starts.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class NonExecutedDecisionTests(InfrastructureFixture infrastructure)
{
    // Opened 2027-01-10; the committee decides at its meeting on 2027-01-15, so the three months end with 2027-04-15 (CEST: 22:00 UTC).
    private static readonly DateTimeOffset Opened = new(2027, 1, 10, 9, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateOnly Meeting = new(2027, 1, 15);
    private static readonly DateTimeOffset NotExecutedAt = new(2027, 4, 15, 22, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Given_open_care_decided_When_three_months_pass_without_a_start_Then_it_is_not_executed_on_the_worklist_until_it_starts()
    {
        // Arrange
        await using var service = InvestigationHost.Start(infrastructure, Opened.AddHours(1));
        using var caseworker = service.Client();
        using var secretary = service.Client(role: "namndsekreterare", qualified: false);
        var id = await service.OpenAsync(infrastructure, caseworker, service.Municipality, Opened);
        await caseworker.DocumentAsync(id, new DateOnly(2027, 1, 10));
        service.MoveClockTo(new DateTimeOffset(2027, 1, 15, 14, 0, 0, TimeSpan.FromHours(1)));
        var decided = await InvestigationApi.DecideByCommitteeAsync(secretary, id, Meeting, InvestigationApi.OpenCare("contact-person"));
        var interventionId = InvestigationApi.InterventionOf(decided, "contact-person");
        var listed = new List<bool>();

        // Act
        foreach (var now in new[] { NotExecutedAt.AddSeconds(-1), NotExecutedAt.AddSeconds(1) })
        {
            service.MoveClockTo(now);
            listed.Add((await InvestigationApi.WorklistAsync(caseworker)).GetProperty("notExecuted").EnumerateArray()
                .Any(i => i.GetProperty("interventionId").GetGuid() == interventionId));
        }

        using var started = await caseworker.PostAsJsonAsync(
            $"/api/investigation/investigations/{id}/interventions/{interventionId}/started", new { startedOn = new DateOnly(2027, 4, 16), delayReason = "no-resource" });
        var after = await InvestigationApi.WorklistAsync(caseworker);

        // Assert
        Assert.Equal([false, true], listed);
        var intervention = await InvestigationApi.ExpectAsync(started, HttpStatusCode.OK);
        Assert.True(intervention.GetProperty("startedLate").GetBoolean());
        Assert.Equal("2027-04-16", intervention.GetProperty("notExecutedFrom").GetString());
        Assert.Equal("2027-01-15", intervention.GetProperty("decidedOn").GetString());
        Assert.DoesNotContain(after.GetProperty("notExecuted").EnumerateArray(), i => i.GetProperty("interventionId").GetGuid() == interventionId);
    }
}
