using System.Net;
using System.Net.Http.Json;

namespace Investigation.Tests.InProcess;

/// <summary>An extension is decided before the deadline in force has passed, never after; the statutory deadline stays beside it.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class ExtensionTests(InfrastructureFixture infrastructure)
{
    // Opened 2026-10-31: due at the end of 2027-02-28 (CET, 23:00 UTC).
    private static readonly DateTimeOffset Opened = new(2026, 10, 31, 10, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset Deadline = new(2027, 2, 28, 23, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(-1, HttpStatusCode.Created)]
    [InlineData(1, HttpStatusCode.Conflict)]
    public async Task Given_an_open_investigation_When_a_unit_manager_extends_it_a_second_before_or_after_its_deadline_Then_it_is_extended_or_refused(
        int secondsFromDeadline, HttpStatusCode expected)
    {
        // Arrange
        await using var service = InvestigationHost.Start(infrastructure, Opened.AddHours(1));
        using var manager = service.Client(role: "enhetschef");
        await InvestigationApi.RecordDelegationOrderAsync(infrastructure, service.Municipality);
        var id = await service.OpenAsync(infrastructure, manager, service.Municipality, Opened);
        service.MoveClockTo(Deadline.AddSeconds(secondsFromDeadline));

        // Act
        using var response = await manager.PostAsJsonAsync($"/api/investigation/investigations/{id}/extensions",
            new { newDueDate = new DateOnly(2027, 3, 31), reason = "Särskilda skäl: barnet kan höras först efter behandlingen." });

        // Assert
        await InvestigationApi.ExpectAsync(response, expected);
        var investigation = await manager.GetAsync(id);
        Assert.Equal(Deadline, investigation.GetProperty("statutoryDueAt").GetDateTimeOffset());
        var extended = expected == HttpStatusCode.Created;
        Assert.Equal(extended, investigation.GetProperty("extended").GetBoolean());
        Assert.Equal(extended ? "2027-03-31" : "2027-02-28", investigation.GetProperty("dueDate").GetString());
        Assert.Equal(!extended, investigation.GetProperty("overdue").GetBoolean());
    }
}
