using MassTransit;

namespace Platform.Contracts.Intake;

/// <summary>A report's classification was changed; the deadlines follow the new class.</summary>
[MessageUrn("intake:report-reclassified:v1")]
public sealed record ReportReclassified : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required string TenantId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The report.</summary>
    public required Guid ReportId { get; init; }

    /// <summary>The child's platform id.</summary>
    public required Guid ChildId { get; init; }

    /// <summary>The class before.</summary>
    public required Classification From { get; init; }

    /// <summary>The class after.</summary>
    public required Classification To { get; init; }

    /// <summary>The class at registration, which statistics keep whatever reclassifications follow.</summary>
    public Classification? OriginalClassification { get; init; }

    /// <summary>The protection assessment's deadline under the new class: null when the new class has none.</summary>
    public DateTimeOffset? ProtectionAssessmentDueAt { get; init; }

    /// <summary>When the report was received (the deadlines count from it).</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The role of the person who reclassified.</summary>
    public required string ReclassifiedByRole { get; init; }
}
