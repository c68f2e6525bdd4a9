using Microsoft.EntityFrameworkCore;
using Placements.Data;
using Placements.Domain.Placements;
using Platform.Contracts.Investigation;
using Platform.ServiceDefaults.Problems;

namespace Placements.Features.Shared;

/// <summary>
/// Where a placement is carried out, checked against its type: a foster, network or emergency home is a
/// foster home of the municipality's register; an HVB, stödboende, SiS home or consultant company is a
/// provider, named by a valid organisation number; the cost per day is always recorded.
/// </summary>
internal static class HomeValidation
{
    private static readonly PlacementType[] ProviderTypes = [PlacementType.Hvb, PlacementType.SupportedHousing, PlacementType.Sis, PlacementType.FosterHomeConsultant];

    private static readonly PlacementType[] FosterHomeTypes = [PlacementType.FosterHomeOwn, PlacementType.FosterHomeConsultant, PlacementType.NetworkHome, PlacementType.EmergencyHome];

    public static async Task<PlacementHome?> ValidateAsync(
        PlacementsDbContext db, PlacementType type, string? organisationNumber, Guid? fosterHomeId, decimal? costPerDay, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var provider = OrganisationNumber.Normalise(organisationNumber);
        if (organisationNumber is not null && provider is null)
        {
            errors.Add("providerOrganisationNumber", "Not a valid Swedish organisation number (ten digits, NNNNNN-NNNN, with its check digit).");
        }
        else if (provider is null && ProviderTypes.Contains(type))
        {
            errors.Add("providerOrganisationNumber", "Required for this placement type: the provider's organisation number.");
        }

        if (fosterHomeId is { } home)
        {
            errors.Require(FosterHomeTypes.Contains(type), "fosterHomeId", "Only a foster, network or emergency home placement is in a foster home.");
            errors.Require(await db.FosterHomes.AnyAsync(h => h.Id == home, cancellationToken), "fosterHomeId", "No such foster home in the municipality's register.");
        }
        else if (type is PlacementType.FosterHomeOwn or PlacementType.NetworkHome or PlacementType.EmergencyHome)
        {
            errors.Add("fosterHomeId", "Required for this placement type: the foster home (see /foster-homes).");
        }

        if (costPerDay is not { } cost)
        {
            errors.Add("costPerDay", "Required: the cost per day in kronor.");
        }
        else
        {
            errors.Require(cost is >= 0 and < 1_000_000, "costPerDay", "Between 0 and 999 999 kronor.");
        }

        return errors.IsValid ? new PlacementHome(provider, fosterHomeId, costPerDay!.Value) : null;
    }
}
