using MassTransit;

namespace Platform.Contracts.Intake;

/// <summary>A report about a child was registered at intake. Carries no name, identity number or free text.</summary>
[MessageUrn("intake:report-registered:v1")]
public sealed record ReportRegistered : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required string TenantId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The report.</summary>
    public required Guid ReportId { get; init; }

    /// <summary>The case number, unique within the municipality (e.g. <c>2026-000123</c>).</summary>
    public required string CaseNumber { get; init; }

    /// <summary>When the report was received (may be earlier than its registration).</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The classification at registration.</summary>
    public required Classification Classification { get; init; }

    /// <summary>The reporter's category.</summary>
    public required ReporterCategory ReporterCategory { get; init; }

    /// <summary>Whether the reporter is a mandatory reporter (14 kap 1 § SoL).</summary>
    public required bool IsMandatoryReporter { get; init; }

    /// <summary>Whether the reporter asked to be told the outcome.</summary>
    public required bool FeedbackRequested { get; init; }

    /// <summary>The concern categories.</summary>
    public required IReadOnlyList<ConcernCategory> ConcernCategories { get; init; }

    /// <summary>The child's platform id, stable within the municipality.</summary>
    public required Guid ChildId { get; init; }

    /// <summary>Legal gender, for statistics.</summary>
    public required LegalGender ChildGender { get; init; }

    /// <summary>Birth year and month (<c>yyyy-MM</c>), when known; for age bands in statistics.</summary>
    public string? ChildBirthYearMonth { get; init; }

    /// <summary>Whether the child has a protected identity.</summary>
    public required bool IsProtectedIdentity { get; init; }

    /// <summary>The unit the report was registered for, when given.</summary>
    public string? Unit { get; init; }

    /// <summary>When the immediate protection assessment is due, for an anmälan.</summary>
    public DateTimeOffset? ProtectionAssessmentDueAt { get; init; }

    /// <summary>
    /// Whether the child may have been subjected to, or has witnessed, violence or other abuse by a
    /// närstående (SOSFS 2014:4 6 kap 1 §: an investigation is then opened); null when intake did not record it.
    /// </summary>
    public bool? ViolenceByCloseRelative { get; init; }
}
