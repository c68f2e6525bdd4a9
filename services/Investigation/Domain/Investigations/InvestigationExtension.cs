using Platform.BuildingBlocks.Persistence;
using Platform.Contracts.Assessment;

namespace Investigation.Domain.Investigations;

/// <summary>One extension of an investigation's deadline, decided for särskilda skäl to a stated day; each is kept.</summary>
internal sealed class InvestigationExtension : ITenantOwned
{
    public Guid Id { get; init; }

    public string TenantId { get; set; } = string.Empty;

    public Guid InvestigationId { get; init; }

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
