using Investigation.Domain.Interventions;
using Platform.BuildingBlocks.Delegation;
using Platform.Rules;

namespace Investigation.Domain.Investigations;

internal sealed partial class ChildInvestigation
{
    /// <summary>
    /// Concludes and closes the investigation: no intervention, or the interventions decided, each then
    /// tracked until it starts. A committee decision counts from its meeting; a late one is still taken.
    /// </summary>
    public IReadOnlyList<Intervention> Conclude(
        IReadOnlyList<InterventionSpec> interventions, string reasoning, Decider decider, DelegationVerdict verdict, DateTimeOffset now)
    {
        var takenAt = verdict.Committee?.MeetingDate is { } meeting ? StockholmCalendar.StartOf(meeting) : now;
        Outcome = interventions.Count == 0 ? InvestigationOutcome.NoIntervention : InvestigationOutcome.Interventions;
        DecisionReasoning = reasoning;
        ConcludedAt = now;
        ConcludedWithinDeadline = takenAt < DueAt;
        ConcludedWithinStatutoryDeadline = takenAt < StatutoryDueAt;
        (DeciderId, DeciderName, DeciderRole) = (decider.Id, decider.Name, decider.Role);
        (DelegationBasis, DelegationOrderVersion, SubDelegationId) = (verdict.Basis, verdict.OrderVersion, verdict.SubDelegationId);
        (CommitteeMeetingDate, CommitteeProtocolParagraph) = (verdict.Committee?.MeetingDate, verdict.Committee?.ProtocolParagraph);
        Status = InvestigationStatus.Closed;
        ClosedAt = now;
        Version++;
        var decided = interventions.Select(spec => new Intervention
        {
            Id = Guid.CreateVersion7(now),
            TenantId = TenantId,
            InvestigationId = Id,
            ChildId = ChildId,
            Unit = Unit,
            ChildGender = ChildGender,
            ChildBirthYearMonth = ChildBirthYearMonth,
            Kind = spec.Kind,
            OpenCareType = spec.OpenCareType,
            OpenCareName = spec.OpenCareName,
            PlacementType = spec.PlacementType,
            LegalBasis = spec.LegalBasis,
            ProviderOrganisationNumber = spec.ProviderOrganisationNumber,
            FosterHomeId = spec.FosterHomeId,
            LongTermCare = spec.LongTermCare,
            ImmediateCustody = spec.ImmediateCustody,
            Decision = spec.Decision,
            DelegationBasis = verdict.Basis,
            DecidedAt = takenAt,
            NotExecutedAt = Intervention.NotExecutedFor(takenAt),
        }).ToList();
        Interventions.AddRange(decided);
        return decided;
    }

    /// <summary>Local days from opening to the decision, as the Huddinge distribution counts them.</summary>
    public int DaysTaken() => StockholmCalendar.LocalDate(ConcludedAt!.Value).DayNumber - StockholmCalendar.LocalDate(OpenedAt).DayNumber;
}
