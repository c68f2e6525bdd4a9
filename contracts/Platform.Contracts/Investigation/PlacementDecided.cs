using MassTransit;
using Platform.Contracts.Delegation;

namespace Platform.Contracts.Investigation;

/// <summary>A placement outside the home was decided; for the placement service, which starts it.</summary>
[MessageUrn("investigation:placement-decided:v1")]
public sealed record PlacementDecided : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required string TenantId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The investigation.</summary>
    public required Guid InvestigationId { get; init; }

    /// <summary>The child's platform id.</summary>
    public required Guid ChildId { get; init; }

    /// <summary>The intervention (the placement decision); the placement service names it in <c>PlacementStarted</c>.</summary>
    public required Guid InterventionId { get; init; }

    /// <summary>The type of placement.</summary>
    public required PlacementType PlacementType { get; init; }

    /// <summary>The legal basis.</summary>
    public required LegalBasis LegalBasis { get; init; }

    /// <summary>A provider's organisation number (HVB, stödboende, SiS, a consultant-supported foster home's company), when there is one.</summary>
    public string? ProviderOrganisationNumber { get; init; }

    /// <summary>The platform id of the foster home, for a foster, network or emergency home.</summary>
    public Guid? FosterHomeId { get; init; }

    /// <summary>When it was decided.</summary>
    public required DateTimeOffset DecidedAt { get; init; }

    /// <summary>Whether it is for stadigvarande vård och fostran.</summary>
    public required bool LongTermCare { get; init; }

    /// <summary>The decision under the delegation order or the committee's.</summary>
    public required DecisionType Decision { get; init; }

    /// <summary>How the decider had the right to decide.</summary>
    public required Platform.Contracts.Assessment.DelegationBasis DelegationBasis { get; init; }

    /// <summary>The committee meeting's day, for a committee decision.</summary>
    public DateOnly? CommitteeMeetingDate { get; init; }

    /// <summary>Legal gender, for statistics.</summary>
    public required Platform.Contracts.Intake.LegalGender ChildGender { get; init; }

    /// <summary>Birth year and month (<c>yyyy-MM</c>), when known.</summary>
    public string? ChildBirthYearMonth { get; init; }

    /// <summary>The unit responsible, when given.</summary>
    public string? Unit { get; init; }
}
