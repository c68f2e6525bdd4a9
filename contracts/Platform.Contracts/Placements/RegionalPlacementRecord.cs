using MassTransit;
using Platform.Contracts.Intake;
using Platform.Contracts.Investigation;

namespace Platform.Contracts.Placements;

/// <summary>
/// One placement as the county's regional follow-up receives it (DOMAIN.md §2.6), sent on every change:
/// de-identified, with a pseudonymous key only the sending municipality can link back. The region keeps
/// the highest <see cref="Version"/> per key, so a resend or an older version changes nothing.
/// <see cref="IIntegrationEvent.TenantId"/> is the sending municipality; the region is its first two digits.
/// </summary>
[MessageUrn("placements:regional-placement-record:v1")]
public sealed record RegionalPlacementRecord : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required string TenantId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The pseudonymous key: a keyed hash of the placement id with the municipality's own secret (64 hex digits).</summary>
    public required string Key { get; init; }

    /// <summary>Rises with every change of the placement; the region keeps the highest.</summary>
    public required int Version { get; init; }

    /// <summary>The child's birth year, when known.</summary>
    public int? BirthYear { get; init; }

    /// <summary>Legal gender.</summary>
    public required LegalGender Gender { get; init; }

    /// <summary>The type of placement.</summary>
    public required PlacementType PlacementType { get; init; }

    /// <summary>The legal basis.</summary>
    public required LegalBasis LegalBasis { get; init; }

    /// <summary>The provider's organisation number (ten digits), when there is one.</summary>
    public string? ProviderOrganisationNumber { get; init; }

    /// <summary>The month it started, <c>yyyy-MM</c>.</summary>
    public required string StartMonth { get; init; }

    /// <summary>The month it ended, <c>yyyy-MM</c>; null while it goes on.</summary>
    public string? EndMonth { get; init; }

    /// <summary>Planned or unplanned, once ended.</summary>
    public PlacementEnding? Ending { get; init; }

    /// <summary>Why it ended, once ended.</summary>
    public PlacementEndReason? EndReason { get; init; }

    /// <summary>The average of the caseworker's ratings (1–5) per indicator from the follow-up dialogues; null without any.</summary>
    public IndicatorScores? Scores { get; init; }
}
