using Platform.BuildingBlocks.Casework;
using Platform.BuildingBlocks.Delegation;

namespace Assessment.Domain.Assessments;

/// <summary>One extension of an assessment's deadline, with its reason (synnerliga skäl).</summary>
internal sealed class AssessmentExtension : DeadlineExtension
{
    private AssessmentExtension()
    {
    }

    public AssessmentExtension(InitialAssessment assessment, DateTimeOffset newDueAt, string reason, Decider decider, DelegationVerdict verdict, DateTimeOffset now)
        : base(assessment.TenantId, assessment.DueAt, newDueAt, reason, decider, verdict, now) =>
        AssessmentId = assessment.Id;

    public Guid AssessmentId { get; private init; }
}
