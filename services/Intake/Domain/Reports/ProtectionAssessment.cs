using Platform.BuildingBlocks.Persistence;

namespace Intake.Domain.Reports;

/// <summary>The immediate protection assessment of an anmälan (rule protection-assessment); at most one per report.</summary>
internal sealed class ProtectionAssessment : ITenantOwned
{
    public Guid Id { get; set; }

    public string TenantId { get; set; } = string.Empty;

    public Guid ReportId { get; set; }

    public DateTimeOffset AssessedAt { get; set; }

    public DateTimeOffset DueAt { get; set; }

    public bool WithinDeadline { get; set; }

    public string AssessorId { get; set; } = string.Empty;

    public string AssessorName { get; set; } = string.Empty;

    public string AssessorRole { get; set; } = string.Empty;

    public string Circumstances { get; set; } = string.Empty;

    public bool ImmediateProtectionNeeded { get; set; }

    public string ActionsTaken { get; set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; set; }
}
