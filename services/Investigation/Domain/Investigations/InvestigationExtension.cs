using Platform.BuildingBlocks.Casework;
using Platform.BuildingBlocks.Delegation;

namespace Investigation.Domain.Investigations;

/// <summary>One extension of an investigation's deadline, decided for särskilda skäl to a stated day; each is kept.</summary>
internal sealed class InvestigationExtension : DeadlineExtension
{
    private InvestigationExtension()
    {
    }

    public InvestigationExtension(ChildInvestigation investigation, DateTimeOffset newDueAt, string reason, Decider decider, DelegationVerdict verdict, DateTimeOffset now)
        : base(investigation.TenantId, investigation.DueAt, newDueAt, reason, decider, verdict, now) =>
        InvestigationId = investigation.Id;

    public Guid InvestigationId { get; private init; }
}
