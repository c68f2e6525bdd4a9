using MassTransit;

namespace Platform.Contracts.Assessment;

/// <summary>
/// An open assessment was closed without a decision because its reports were reclassified as
/// applications (ansökan), which need no assessment.
/// </summary>
[MessageUrn("assessment:assessment-closed:v1")]
public sealed record AssessmentClosed : IIntegrationEvent
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

    /// <summary>The report whose reclassification closed it.</summary>
    public required Guid ReportId { get; init; }
}
