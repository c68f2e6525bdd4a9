using Platform.BuildingBlocks.Persistence;
using Platform.Contracts.Assessment;
using Platform.Contracts.Intake;

namespace Assessment.Domain.Assessments;

/// <summary>Telling a mandatory reporter who asked which outcome applies — and nothing more.</summary>
internal sealed class FeedbackTask : ITenantOwned
{
    public Guid Id { get; init; }

    public string TenantId { get; set; } = string.Empty;

    public Guid AssessmentId { get; init; }

    public Guid ReportId { get; init; }

    public string CaseNumber { get; init; } = string.Empty;

    public ReporterCategory ReporterCategory { get; init; }

    public AssessmentOutcome Outcome { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset DueAt { get; init; }

    public DateTimeOffset? GivenAt { get; set; }

    public string? GivenById { get; set; }

    public string? GivenByName { get; set; }

    public string? GivenByRole { get; set; }

    public void Give(string byId, string byName, string byRole, DateTimeOffset now) =>
        (GivenAt, GivenById, GivenByName, GivenByRole) = (now, byId, byName, byRole);
}
