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

    public Guid Id { get; init; }

    public string TenantId { get; set; } = string.Empty;

    public DateTimeOffset PreviousDueAt { get; init; }

    public DateTimeOffset NewDueAt { get; init; }

    public string Reason { get; init; } = string.Empty;

    public DateTimeOffset ExtendedAt { get; init; }

    public string ExtendedById { get; init; } = string.Empty;

    public string ExtendedByName { get; init; } = string.Empty;

    public string ExtendedByRole { get; init; } = string.Empty;

    public DelegationBasis DelegationBasis { get; init; }

    public Guid? SubDelegationId { get; init; }

    public int? DelegationOrderVersion { get; init; }
}
