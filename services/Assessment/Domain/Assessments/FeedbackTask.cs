using Platform.BuildingBlocks.Persistence;
using Platform.Contracts.Assessment;
using Platform.Contracts.Intake;

namespace Assessment.Domain.Assessments;

/// <summary>
/// Telling a mandatory reporter who asked which outcome applies — and nothing more. The task ends as
/// given, or as not given with the reason (e.g. telling would harm the child).
/// </summary>
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

    /// <summary>How the task ended; null while it is open.</summary>
    public FeedbackResult? Result { get; private set; }

    public string? NotGivenReason { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public string? EndedById { get; private set; }

    public string? EndedByName { get; private set; }

    public string? EndedByRole { get; private set; }

    public void Give(string byId, string byName, string byRole, DateTimeOffset now) =>
        (Result, EndedAt, EndedById, EndedByName, EndedByRole) = (FeedbackResult.Given, now, byId, byName, byRole);

    public void EndWithoutGiving(string reason, string byId, string byName, string byRole, DateTimeOffset now) =>
        (Result, NotGivenReason, EndedAt, EndedById, EndedByName, EndedByRole) = (FeedbackResult.NotGiven, reason, now, byId, byName, byRole);
}
