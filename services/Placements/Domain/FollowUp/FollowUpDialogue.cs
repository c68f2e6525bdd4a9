using Platform.BuildingBlocks.Persistence;

namespace Placements.Domain.FollowUp;

/// <summary>A structured follow-up dialogue with the placed child: per indicator the child's answer and the caseworker's rating (1–5).</summary>
internal sealed class FollowUpDialogue : ITenantOwned
{
    public Guid Id { get; set; }

    public string TenantId { get; set; } = string.Empty;

    public Guid PlacementId { get; set; }

    /// <summary>The provider at the time, so the provider's rating does not move when a placement does.</summary>
    public string? ProviderOrganisationNumber { get; set; }

    public DateOnly HeldOn { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public string RecordedByName { get; set; } = string.Empty;

    /// <summary>Free text; it stays here and never reaches an event or the region.</summary>
    public string? Note { get; set; }

    public List<IndicatorAnswer> Answers { get; set; } = [];
}
