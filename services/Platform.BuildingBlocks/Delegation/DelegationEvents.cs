using Platform.Contracts.Delegation;

namespace Platform.BuildingBlocks.Delegation;

/// <summary>The events that let every deciding service keep the order and the sub-delegations recorded at assessment. Roles and ids, never names.</summary>
public static class DelegationEvents
{
    public static DelegationOrderRecorded Recorded(DelegationOrderVersion version, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        TenantId = version.TenantId,
        OccurredAt = now,
        Version = version.Version,
        CommitteeDecidedOn = version.CommitteeDecidedOn,
        ProtocolParagraph = version.ProtocolParagraph,
        AppliesFrom = version.AppliesFrom ?? throw new InvalidOperationException("A version without the day it applies from is not published."),
        Grants = [.. DelegationOrderJson.ToGrants(DelegationOrderJson.Deserialize(version.Grants))
            .Select(g => new DelegationGrantRecord(g.Decision, g.Roles, g.MayBeSubDelegated))],
    };

    public static SubDelegationRecorded Recorded(SubDelegation subDelegation, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        TenantId = subDelegation.TenantId,
        OccurredAt = now,
        SubDelegationId = subDelegation.Id,
        Decision = subDelegation.Decision,
        DelegateUserId = subDelegation.DelegateUserId,
        DelegateRole = subDelegation.DelegateRole,
        DecisionReference = subDelegation.DecisionReference,
        DecidedOn = subDelegation.DecidedOn,
        ValidFrom = subDelegation.ValidFrom,
        ValidTo = subDelegation.ValidTo,
        ReportedToCommitteeOn = subDelegation.ReportedToCommitteeOn,
        RevokedAt = subDelegation.RevokedAt,
    };
}
