using Assessment.Domain.Delegation;
using Platform.Contracts.Assessment;
using Platform.Rules;

namespace Assessment.Domain.Assessments;

internal sealed partial class InitialAssessment
{
    public void Assign(string assigneeId, string assigneeName, bool assigneeQualified, string assignedByName, DateTimeOffset now)
    {
        (AssigneeId, AssigneeName, AssigneeQualified, AssignedAt, AssignedByName) = (assigneeId, assigneeName, assigneeQualified, now, assignedByName);
        Version++;
    }

    public void RecordPriorKnowledge(bool hasPriorKnowledge, string? weighing, string recordedByName, DateTimeOffset now)
    {
        (HasPriorKnowledge, PriorKnowledgeWeighing, PriorKnowledgeRecordedAt, PriorKnowledgeRecordedByName) =
            (hasPriorKnowledge, weighing, now, recordedByName);
        Version++;
    }

    public void RecordChildView(bool obtained, string text, string recordedByName, DateTimeOffset now)
    {
        (ChildViewObtained, ChildView, ChildViewRecordedAt, ChildViewRecordedByName) = (obtained, text, now, recordedByName);
        Version++;
    }

    public void RecordTriage(TriageColour colour)
    {
        Triage = colour;
        Version++;
    }

    public AssessmentExtension Extend(DateTimeOffset newDueAt, string reason, Decider decider, DelegationVerdict verdict, DateTimeOffset now)
    {
        var extension = new AssessmentExtension
        {
            Id = Guid.CreateVersion7(now),
            TenantId = TenantId,
            AssessmentId = Id,
            PreviousDueAt = DueAt,
            NewDueAt = newDueAt,
            Reason = reason,
            ExtendedAt = now,
            ExtendedById = decider.Id,
            ExtendedByName = decider.Name,
            ExtendedByRole = decider.Role,
            DelegationBasis = verdict.Basis,
            SubDelegationId = verdict.SubDelegationId,
        };
        Extensions.Add(extension);
        DueAt = newDueAt;
        Version++;
        return extension;
    }

    /// <summary>What the record still lacks before this outcome may be decided (the audit's checklist).</summary>
    public IReadOnlyList<string> MissingBefore(AssessmentOutcome outcome)
    {
        if (outcome is AssessmentOutcome.InvestigationAlreadyOngoing)
        {
            return [];
        }

        var missing = new List<string>();
        if (HasPriorKnowledge is null || (HasPriorKnowledge == true && string.IsNullOrWhiteSpace(PriorKnowledgeWeighing)))
        {
            missing.Add("prior-knowledge");
        }

        if (ChildViewObtained is null)
        {
            missing.Add("child-view");
        }

        return missing;
    }

    /// <summary>Violence reports open an investigation (local rule): not opening one must say why, and is flagged.</summary>
    public bool NeedsViolenceOverride(AssessmentOutcome outcome) =>
        HasViolenceConcern && outcome is AssessmentOutcome.DoNotOpen;

    public void Decide(
        AssessmentOutcome outcome, string reasoning, string? violenceOverrideReason, Decider decider, DelegationVerdict verdict, RulePeriod feedbackPeriod, DateTimeOffset now)
    {
        Status = AssessmentStatus.Decided;
        Outcome = outcome;
        DecisionReasoning = reasoning;
        DecidedAt = now;
        // A late decision is still taken; the lateness is recorded, not refused.
        DecidedWithinDeadline = now < DueAt;
        (DeciderId, DeciderName, DeciderRole) = (decider.Id, decider.Name, decider.Role);
        (DelegationBasis, SubDelegationId) = (verdict.Basis, verdict.SubDelegationId);
        ViolenceOverrideReason = NeedsViolenceOverride(outcome) ? violenceOverrideReason : null;
        FlaggedForQualityFollowUp = NeedsViolenceOverride(outcome);
        Version++;
        CreateFeedbackTasks(feedbackPeriod, now);
    }
}
