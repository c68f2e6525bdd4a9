using MassTransit;

namespace Platform.Contracts.Assessment;

/// <summary>
/// An open assessment's deadline moved for a reason other than an extension (that is
/// <see cref="AssessmentExtended"/>): no deadline changes without an event.
/// </summary>
[MessageUrn("assessment:assessment-deadline-changed:v1")]
public sealed record AssessmentDeadlineChanged : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required string TenantId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The assessment.</summary>
    public required Guid AssessmentId { get; init; }

    /// <summary>The child's platform id.</summary>
    public required Guid ChildId { get; init; }

    /// <summary>The report whose arrival, reclassification or departure moved the deadline.</summary>
    public required Guid ReportId { get; init; }

    /// <summary>Why it moved.</summary>
    public required DeadlineChangeReason Reason { get; init; }

    /// <summary>The earliest receipt among the assessment's reports now; the deadline counts from it.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The deadline in force before.</summary>
    public required DateTimeOffset PreviousDueAt { get; init; }

    /// <summary>The deadline in force now (still the extended one, when an extension runs later).</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>The rule's own deadline before, never moved by an extension.</summary>
    public required DateTimeOffset PreviousStatutoryDueAt { get; init; }

    /// <summary>The rule's own deadline now.</summary>
    public required DateTimeOffset StatutoryDueAt { get; init; }

    /// <summary>Whether the rule is statutory (an anmälan among the reports) or municipal (annan kännedom only).</summary>
    public required bool IsStatutory { get; init; }
}
