using Platform.Contracts.Investigation;

namespace Investigation.Domain.Interventions;

/// <summary>The events an intervention announces; ids, categories and days only.</summary>
internal static class InterventionEvents
{
    public static InterventionDecided Decided(Intervention i, string deciderRole) => new()
    {
        EventId = Guid.NewGuid(),
        TenantId = i.TenantId,
        OccurredAt = i.DecidedAt,
        InvestigationId = i.InvestigationId,
        ChildId = i.ChildId,
        InterventionId = i.Id,
        Kind = i.Kind,
        OpenCareType = i.OpenCareType,
        PlacementType = i.PlacementType,
        LegalBasis = i.LegalBasis,
        DecidedAt = i.DecidedAt,
        NotExecutedAt = i.NotExecutedAt,
        Decision = i.Decision,
        DeciderRole = deciderRole,
    };

    public static PlacementDecided PlacementDecided(Intervention i, DateOnly? committeeMeetingDate) => new()
    {
        EventId = Guid.NewGuid(),
        TenantId = i.TenantId,
        OccurredAt = i.DecidedAt,
        InvestigationId = i.InvestigationId,
        ChildId = i.ChildId,
        InterventionId = i.Id,
        PlacementType = i.PlacementType!.Value,
        LegalBasis = i.LegalBasis,
        ProviderOrganisationNumber = i.ProviderOrganisationNumber,
        FosterHomeId = i.FosterHomeId,
        DecidedAt = i.DecidedAt,
        LongTermCare = i.LongTermCare,
        Decision = i.Decision,
        DelegationBasis = i.DelegationBasis,
        CommitteeMeetingDate = committeeMeetingDate,
        ChildGender = i.ChildGender,
        ChildBirthYearMonth = i.ChildBirthYearMonth,
        Unit = i.Unit,
    };

    public static InterventionStarted Started(Intervention i, DateTimeOffset now) => new()
    {
        EventId = Guid.NewGuid(),
        TenantId = i.TenantId,
        OccurredAt = now,
        InvestigationId = i.InvestigationId,
        ChildId = i.ChildId,
        InterventionId = i.Id,
        StartedOn = i.StartedOn!.Value,
        StartedLate = i.StartedLate,
    };

    public static InterventionEndedUnexecuted EndedUnexecuted(Intervention i, DateTimeOffset now) => new()
    {
        EventId = Guid.NewGuid(),
        TenantId = i.TenantId,
        OccurredAt = now,
        InvestigationId = i.InvestigationId,
        ChildId = i.ChildId,
        InterventionId = i.Id,
        EndedOn = i.EndedOn!.Value,
        Reason = i.EndReason!.Value,
    };
}
