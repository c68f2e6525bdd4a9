namespace Placements.Domain.Placements;

/// <summary>Where a placement is carried out: the provider (organisation number), the foster home, and the cost per day.</summary>
internal sealed record PlacementHome(string? ProviderOrganisationNumber, Guid? FosterHomeId, decimal CostPerDay);
