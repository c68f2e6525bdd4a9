using System.Net;

namespace Assessment.Tests.InProcess;

/// <summary>
/// An extension for synnerliga skäl is a decision taken before the deadline passes (DOMAIN.md §2.2);
/// the statutory deadline is kept beside the extended one.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class ExtensionTests(InfrastructureFixture infrastructure)
{
    // Received 2027-03-14: the 14th day is Sunday 2027-03-28, when summer time starts; that day ends at 22:00 UTC.
    private static readonly DateTimeOffset Received = new(2027, 3, 14, 9, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset Deadline = new(2027, 3, 28, 22, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly ExtendedDueDate = new(2027, 4, 4);
    private static readonly DateTimeOffset ExtendedDeadline = new(2027, 4, 4, 22, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Given_an_open_assessment_before_its_deadline_When_a_unit_manager_extends_it_Then_it_is_overdue_only_after_the_new_deadline()
    {
        // Arrange
        await using var service = AssessmentHost.Start(infrastructure, Received.AddHours(1));
        using var manager = service.Client(role: "enhetschef");
        var id = await service.OpenAnmalanAsync(manager, infrastructure.AmqpUri, Received);
        service.MoveClockTo(Deadline.AddHours(-3));

        // Act
        using var response = await manager.ExtendAsync(id, ExtendedDueDate);

        // Assert
        var extended = await AssessmentApi.ExpectAsync(response, HttpStatusCode.Created);
        Assert.Equal(ExtendedDeadline, extended.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(Deadline, extended.GetProperty("statutoryDueAt").GetDateTimeOffset());
        service.MoveClockTo(Deadline.AddSeconds(1));
        var pastStatutory = await manager.GetAsync(id);
        Assert.False(pastStatutory.GetProperty("overdue").GetBoolean());
        Assert.True(pastStatutory.GetProperty("extended").GetBoolean());
        service.MoveClockTo(ExtendedDeadline.AddSeconds(1));
        Assert.True((await manager.WorklistItemAsync(id)).GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task Given_an_assessment_whose_deadline_has_passed_When_a_unit_manager_extends_it_Then_it_is_refused_and_stays_overdue()
    {
        // Arrange
        await using var service = AssessmentHost.Start(infrastructure, Received.AddHours(1));
        using var manager = service.Client(role: "enhetschef");
        var id = await service.OpenAnmalanAsync(manager, infrastructure.AmqpUri, Received);
        service.MoveClockTo(Deadline.AddHours(1));

        // Act
        using var response = await manager.ExtendAsync(id, ExtendedDueDate);

        // Assert
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var assessment = await manager.GetAsync(id);
        Assert.False(assessment.GetProperty("extended").GetBoolean());
        Assert.True(assessment.GetProperty("overdue").GetBoolean());
    }
}
