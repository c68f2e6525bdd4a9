using Platform.Contracts.Investigation;

namespace Investigation.Domain.Investigations;

/// <summary>The integration events an investigation announces; ids, categories and times only, never text.</summary>
internal static class InvestigationEvents
{
    public static InvestigationOpened Opened(ChildInvestigation i) => new()
    {
        EventId = Guid.NewGuid(),
        TenantId = i.TenantId,
        OccurredAt = i.OpenedAt,
        InvestigationId = i.Id,
        ChildId = i.ChildId,
        Origin = i.Origin,
        AssessmentId = i.AssessmentId,
        ReportIds = [.. i.Reports.Select(r => r.ReportId)],
        OpenedAt = i.OpenedAt,
        DueAt = i.StatutoryDueAt,
        ChainedInvestigation = i.ChainedInvestigation,
        HasViolenceConcern = i.HasViolenceConcern,
        Unit = i.Unit,
    };

    public static InvestigationExtended Extended(ChildInvestigation i, InvestigationExtension e) => new()
    {
        EventId = Guid.NewGuid(),
        TenantId = i.TenantId,
        OccurredAt = e.ExtendedAt,
        InvestigationId = i.Id,
        ChildId = i.ChildId,
        PreviousDueAt = e.PreviousDueAt,
        DueAt = e.NewDueAt,
        StatutoryDueAt = i.StatutoryDueAt,
        DecidedAt = e.ExtendedAt,
        DeciderRole = e.ExtendedByRole,
        DelegationOrderVersion = e.DelegationOrderVersion,
    };

    public static InvestigationConcluded Concluded(ChildInvestigation i, Guid? documentingCaseworker) => new()
    {
        EventId = Guid.NewGuid(),
        TenantId = i.TenantId,
        OccurredAt = i.ConcludedAt!.Value,
        InvestigationId = i.Id,
        ChildId = i.ChildId,
        ConcludedAt = i.ConcludedAt!.Value,
        OpenedAt = i.OpenedAt,
        StatutoryDueAt = i.StatutoryDueAt,
        DueAt = i.DueAt,
        WithinStatutoryDeadline = i.ConcludedWithinStatutoryDeadline == true,
        WithinDeadline = i.ConcludedWithinDeadline == true,
        DaysTaken = i.DaysTaken(),
        InterventionCount = i.Interventions.Count,
        DeciderRole = i.DeciderRole!,
        DocumentingCaseworker = documentingCaseworker,
        Unit = i.Unit,
    };

    public static InvestigationClosed Closed(ChildInvestigation i) => new()
    {
        EventId = Guid.NewGuid(),
        TenantId = i.TenantId,
        OccurredAt = i.ClosedAt!.Value,
        InvestigationId = i.Id,
        ChildId = i.ChildId,
        ClosedAt = i.ClosedAt!.Value,
    };
}
