using Platform.Contracts;
using Platform.Contracts.Assessment;

namespace Assessment.Domain.Assessments;

/// <summary>The integration events an assessment announces; ids, categories and times only, never text.</summary>
internal static class AssessmentEvents
{
    public static AssessmentOpened Opened(InitialAssessment assessment, AssessmentReport first, DateTimeOffset now) => new()
    {
        EventId = Guid.NewGuid(),
        TenantId = assessment.TenantId,
        OccurredAt = now,
        AssessmentId = assessment.Id,
        ReportId = first.ReportId,
        ChildId = assessment.ChildId,
        Classification = first.Classification,
        ReceivedAt = assessment.ReceivedAt,
        DueAt = assessment.DueAt,
        RuleId = RuleIds.InitialAssessment,
        IsStatutory = assessment.IsStatutory,
        HasViolenceConcern = assessment.HasViolenceConcern,
        ChildGender = first.ChildGender,
        ChildBirthYearMonth = first.ChildBirthYearMonth,
        Unit = assessment.Unit,
    };

    public static AssessmentExtended Extended(InitialAssessment assessment, AssessmentExtension extension) => new()
    {
        EventId = Guid.NewGuid(),
        TenantId = assessment.TenantId,
        OccurredAt = extension.ExtendedAt,
        AssessmentId = assessment.Id,
        ChildId = assessment.ChildId,
        PreviousDueAt = extension.PreviousDueAt,
        NewDueAt = extension.NewDueAt,
        ExtendedByRole = extension.ExtendedByRole,
        DelegationBasis = extension.DelegationBasis,
        StatutoryDueAt = assessment.OriginalDueAt,
        DelegationOrderVersion = extension.DelegationOrderVersion,
    };

    public static AssessmentDeadlineChanged DeadlineChanged(
        InitialAssessment assessment, DeadlineChange change, Guid reportId, DeadlineChangeReason reason, DateTimeOffset now) => new()
    {
        EventId = Guid.NewGuid(),
        TenantId = assessment.TenantId,
        OccurredAt = now,
        AssessmentId = assessment.Id,
        ChildId = assessment.ChildId,
        ReportId = reportId,
        Reason = reason,
        ReceivedAt = assessment.ReceivedAt,
        PreviousDueAt = change.PreviousDueAt,
        DueAt = assessment.DueAt,
        PreviousStatutoryDueAt = change.PreviousStatutoryDueAt,
        StatutoryDueAt = assessment.OriginalDueAt,
        IsStatutory = assessment.IsStatutory,
    };

    public static AssessmentDecided Decided(InitialAssessment assessment) => new()
    {
        EventId = Guid.NewGuid(),
        TenantId = assessment.TenantId,
        OccurredAt = assessment.DecidedAt!.Value,
        AssessmentId = assessment.Id,
        ChildId = assessment.ChildId,
        ReportIds = [.. assessment.Reports.Select(r => r.ReportId)],
        Outcome = assessment.Outcome!.Value,
        DecidedAt = assessment.DecidedAt.Value,
        DueAt = assessment.DueAt,
        WithinDeadline = assessment.DecidedWithinDeadline == true,
        StatutoryDueAt = assessment.OriginalDueAt,
        WithinStatutoryDeadline = assessment.DecidedWithinStatutoryDeadline == true,
        ExtendedDueAt = assessment.IsExtended ? assessment.DueAt : null,
        WithinExtendedDeadline = assessment.IsExtended ? assessment.DecidedWithinDeadline == true : null,
        WasExtended = assessment.IsExtended,
        IsStatutory = assessment.IsStatutory,
        DeciderRole = assessment.DeciderRole!,
        // Decisions outside the delegation are refused, so every recorded one is valid; the field
        // lets quality count the invalid ones should a future path record them.
        DelegationValid = assessment.DelegationBasis is not null,
        DelegationBasis = assessment.DelegationBasis!.Value,
        DelegationOrderVersion = assessment.DelegationOrderVersion,
        SubDelegationId = assessment.SubDelegationId,
        CommitteeMeetingDate = assessment.CommitteeMeetingDate,
        LegalProvisionId = assessment.DecisionProvisionId,
        ForwardedToMunicipality = assessment.ForwardedToMunicipality,
        ForwardedOn = assessment.ForwardedOn,
        FlaggedForQualityFollowUp = assessment.FlaggedForQualityFollowUp,
        Unit = assessment.Unit,
    };

    public static InvestigationRequested InvestigationRequested(InitialAssessment assessment) => new()
    {
        EventId = Guid.NewGuid(),
        TenantId = assessment.TenantId,
        OccurredAt = assessment.DecidedAt!.Value,
        AssessmentId = assessment.Id,
        ChildId = assessment.ChildId,
        ReportIds = [.. assessment.Reports.Select(r => r.ReportId)],
        RequestedAt = assessment.DecidedAt.Value,
        HasViolenceConcern = assessment.HasViolenceConcern,
        Triage = assessment.Triage,
        Unit = assessment.Unit,
    };

    public static ReporterFeedbackGiven FeedbackGiven(FeedbackTask task) => new()
    {
        EventId = Guid.NewGuid(),
        TenantId = task.TenantId,
        OccurredAt = task.EndedAt!.Value,
        AssessmentId = task.AssessmentId,
        ReportId = task.ReportId,
        ReporterCategory = task.ReporterCategory,
        OutcomeTold = task.Outcome,
        GivenAt = task.EndedAt.Value,
        DueAt = task.DueAt,
        WithinDeadline = task.EndedAt.Value < task.DueAt,
    };

    public static ReporterFeedbackNotGiven FeedbackNotGiven(FeedbackTask task) => new()
    {
        EventId = Guid.NewGuid(),
        TenantId = task.TenantId,
        OccurredAt = task.EndedAt!.Value,
        AssessmentId = task.AssessmentId,
        ReportId = task.ReportId,
        ReporterCategory = task.ReporterCategory,
        EndedAt = task.EndedAt.Value,
        DueAt = task.DueAt,
    };

    public static AssessmentClosed Closed(InitialAssessment assessment, Guid reportId) => new()
    {
        EventId = Guid.NewGuid(),
        TenantId = assessment.TenantId,
        OccurredAt = assessment.ClosedAt!.Value,
        AssessmentId = assessment.Id,
        ChildId = assessment.ChildId,
        ReportId = reportId,
    };
}
