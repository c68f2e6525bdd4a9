using Platform.BuildingBlocks.Persistence;
using Platform.Contracts.Intake;

namespace Intake.Domain.Reports;

/// <summary>A report about a child (DOMAIN.md §2.1).</summary>
internal sealed class Report : ITenantOwned
{
    public Guid Id { get; set; }

    public string TenantId { get; set; } = string.Empty;

    public string CaseNumber { get; set; } = string.Empty;

    public Guid ChildId { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }

    public string RegisteredById { get; set; } = string.Empty;

    public string RegisteredByName { get; set; } = string.Empty;

    public string RegisteredByRole { get; set; } = string.Empty;

    public ReportChannel Channel { get; set; }

    public Classification Classification { get; set; }

    /// <summary>The class at registration; statistics count it, whatever a reclassification made of the report.</summary>
    public Classification OriginalClassification { get; set; }

    /// <summary>Why a mandatory reporter's report was registered as something other than an anmälan.</summary>
    public string? ClassificationReason { get; set; }

    public ReporterCategory ReporterCategory { get; set; }

    public bool ReporterIsMandatory { get; set; }

    public bool ReporterRequestedFeedback { get; set; }

    public string? ReporterName { get; set; }

    public string? ReporterOrganisation { get; set; }

    public string? ReporterContact { get; set; }

    public ConcernCategory[] ConcernCategories { get; set; } = [];

    /// <summary>With a concern of violence: whether it concerns a närstående (SOSFS 2014:4 6 kap. 1 §).</summary>
    public bool? ViolenceByCloseRelative { get; set; }

    public string Description { get; set; } = string.Empty;

    public string? Unit { get; set; }

    /// <summary>Whether this report said the identity is protected (the child keeps the lasting flag).</summary>
    public bool ProtectedIdentityReported { get; set; }

    public DateTimeOffset? ProtectionAssessmentDueAt { get; set; }

    public ReportStatus Status { get; set; }

    /// <summary>Concurrency token: an assessment and a reclassification cannot both win.</summary>
    public int Version { get; set; }
}
