using Assessment.Domain.Delegation;
using Platform.BuildingBlocks.Delegation;
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

    /// <summary>Records how prior knowledge was weighed; the earlier recordings stay in the history.</summary>
    public AssessmentRecording RecordPriorKnowledge(bool hasPriorKnowledge, string? weighing, Decider by, DateTimeOffset now)
    {
        (HasPriorKnowledge, PriorKnowledgeWeighing, PriorKnowledgeRecordedAt, PriorKnowledgeRecordedByName) = (hasPriorKnowledge, weighing, now, by.Name);
        return Record(RecordingKind.PriorKnowledge, hasPriorKnowledge, weighing, by, now);
    }

    /// <summary>Records the child's view, or why it was not obtained; the earlier recordings stay in the history.</summary>
    public AssessmentRecording RecordChildView(bool obtained, string text, Decider by, DateTimeOffset now)
    {
        (ChildViewObtained, ChildView, ChildViewRecordedAt, ChildViewRecordedByName) = (obtained, text, now, by.Name);
        return Record(RecordingKind.ChildView, obtained, text, by, now);
    }

    public void RecordTriage(TriageColour colour)
    {
        Triage = colour;
        Version++;
    }

    /// <summary>An extension is decided before the rule's own deadline has passed, never after (DOMAIN.md §2.2).</summary>
    public bool MayStillBeExtended(DateTimeOffset now) => now < OriginalDueAt;

    public AssessmentExtension Extend(DateTimeOffset newDueAt, string reason, Decider decider, DelegationVerdict verdict, DateTimeOffset now)
    {
        var extension = new AssessmentExtension(this, newDueAt, reason, decider, verdict, now);
        Extensions.Add(extension);
        DueAt = newDueAt;
        Version++;
        return extension;
    }

    /// <summary>What the record still lacks before this outcome may be decided (the audit's checklist).</summary>
    public IReadOnlyList<string> MissingBefore(AssessmentOutcome outcome)
    {
        if (outcome is AssessmentOutcome.InvestigationAlreadyOngoing or AssessmentOutcome.Forwarded)
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
        HasViolenceConcern && !HasCloseRelativeViolence && outcome is AssessmentOutcome.DoNotOpen;

    /// <summary>Violence by a närstående, suffered or witnessed, is investigated without delay: "do not open" is not a decision the law leaves open.</summary>
    public bool ForbidsNotOpening(AssessmentOutcome outcome) => HasCloseRelativeViolence && outcome is AssessmentOutcome.DoNotOpen;

    public IEnumerable<AssessmentReport> ReportsAwaitingProtectionAssessment() => Reports.Where(r => r.AwaitsProtectionAssessment);

    public void Decide(DecisionInput decision, Decider decider, DelegationVerdict verdict, RulePeriod feedbackPeriod, DateTimeOffset now)
    {
        // A committee decision was taken at its meeting; the secretary records it afterwards.
        var takenAt = verdict.Committee?.MeetingDate is { } meeting ? StockholmCalendar.StartOf(meeting) : now;
        Status = AssessmentStatus.Decided;
        Outcome = decision.Outcome;
        DecisionReasoning = decision.Reasoning;
        DecidedAt = now;
        // A late decision is still taken; the lateness is recorded, against the rule and against any extension.
        DecidedWithinDeadline = takenAt < DueAt;
        DecidedWithinStatutoryDeadline = takenAt < OriginalDueAt;
        DecisionProvisionId = DecisionRules.ProvisionFor(decision.Outcome);
        DecisionProvision = RuleCatalogue.Provision(DecisionProvisionId, StockholmCalendar.LocalDate(takenAt)).Display;
        (DeciderId, DeciderName, DeciderRole) = (decider.Id, decider.Name, decider.Role);
        (DelegationBasis, SubDelegationId, DelegationOrderVersion) = (verdict.Basis, verdict.SubDelegationId, verdict.OrderVersion);
        (CommitteeMeetingDate, CommitteeProtocolParagraph) = (verdict.Committee?.MeetingDate, verdict.Committee?.ProtocolParagraph);
        ViolenceOverrideReason = NeedsViolenceOverride(decision.Outcome) ? decision.ViolenceOverrideReason : null;
        FlaggedForQualityFollowUp = NeedsViolenceOverride(decision.Outcome);
        Version++;
        if (decision.ForwardedTo is { } forwarded)
        {
            // Forwarded reports are closed here; the receiving municipality assesses them, and tells the reporter.
            (ForwardedToMunicipality, ForwardedOn) = (forwarded.Municipality, forwarded.On);
            Reports.ForEach(r => r.Disposition = ReportDisposition.Forwarded);
            return;
        }

        CreateFeedbackTasks(feedbackPeriod, now);
    }

    /// <summary>The chair's urgent decision was reported to a committee meeting (KL 6 kap 39 §).</summary>
    public void ReportUrgentDecision(DateOnly meetingDate, string protocolParagraph)
    {
        (UrgentDecisionReportedOn, UrgentDecisionReportParagraph) = (meetingDate, protocolParagraph);
        Version++;
    }

    private AssessmentRecording Record(RecordingKind kind, bool answer, string? text, Decider by, DateTimeOffset now)
    {
        var recording = new AssessmentRecording
        {
            Id = Guid.CreateVersion7(now),
            TenantId = TenantId,
            AssessmentId = Id,
            Kind = kind,
            Answer = answer,
            Text = text,
            RecordedAt = now,
            RecordedById = by.Id,
            RecordedByName = by.Name,
        };
        Recordings.Add(recording);
        Version++;
        return recording;
    }
}
