using Platform.BuildingBlocks.Delegation;
using Platform.BuildingBlocks.Persistence;
using Platform.Contracts.Assessment;

namespace Platform.BuildingBlocks.Casework;

/// <summary>
/// One extension of a case's deadline in force to a later day, with its reason and who decided it on
/// what delegation; each is kept. A service derives its own, naming the case it belongs to.
/// </summary>
public abstract class DeadlineExtension : ITenantOwned
{
    /// <summary>For EF Core, which sets the properties itself.</summary>
    protected DeadlineExtension()
    {
    }

    protected DeadlineExtension(
        string tenantId, DateTimeOffset previousDueAt, DateTimeOffset newDueAt, string reason, Decider decider, DelegationVerdict verdict, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        TenantId = tenantId;
        PreviousDueAt = previousDueAt;
        NewDueAt = newDueAt;
        Reason = reason;
        ExtendedAt = now;
        (ExtendedById, ExtendedByName, ExtendedByRole) = (decider.Id, decider.Name, decider.Role);
        (DelegationBasis, SubDelegationId, DelegationOrderVersion) = (verdict.Basis, verdict.SubDelegationId, verdict.OrderVersion);
    }

    public Guid Id { get; private init; }

    public string TenantId { get; set; } = string.Empty;

    /// <summary>The deadline in force before this extension (itself perhaps an extended one).</summary>
    public DateTimeOffset PreviousDueAt { get; private init; }

    /// <summary>The end of the chosen local day.</summary>
    public DateTimeOffset NewDueAt { get; private init; }

    /// <summary>The documented reason; free text, never logged or sent in an event.</summary>
    public string Reason { get; private init; } = string.Empty;

    public DateTimeOffset ExtendedAt { get; private init; }

    /// <summary>Who decided, as their token described them.</summary>
    public string ExtendedById { get; private init; } = string.Empty;

    public string ExtendedByName { get; private init; } = string.Empty;

    public string ExtendedByRole { get; private init; } = string.Empty;

    /// <summary>On what the decision rests: the delegation order's version, a sub-delegation, or the committee.</summary>
    public DelegationBasis DelegationBasis { get; private init; }

    public Guid? SubDelegationId { get; private init; }

    public int? DelegationOrderVersion { get; private init; }
}
