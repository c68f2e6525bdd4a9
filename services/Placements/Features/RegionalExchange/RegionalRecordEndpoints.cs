using Placements.Access;
using Platform.BuildingBlocks.Authorization;
using Platform.Contracts.Placements;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Problems;

namespace Placements.Features.RegionalExchange;

/// <summary>What a delivery did with the record.</summary>
internal sealed record RegionalDeliveryResponse(string Key, int Version, RegionalDelivery Delivery);

/// <summary>
/// <c>POST /regional/records</c>: a municipality on another system sends its de-identified record with its own
/// token, for itself only (403 <c>regional-follow-up</c> for another municipality's). Idempotent by key and version.
/// </summary>
internal static class RegionalRecordEndpoints
{
    public static RouteGroupBuilder MapRegionalRecords(this RouteGroupBuilder group)
    {
        group.MapPost("/regional/records", HandleAsync).DocumentsJsonWrite<RegionalPlacementRecord, RegionalDeliveryResponse>(StatusCodes.Status200OK);
        return group;
    }

    private static async Task<IResult> HandleAsync(HttpRequest http, CurrentUser user, RegionalRecordStore store, CancellationToken cancellationToken)
    {
        if (PlacementsAccess.RefuseUnlessRegionalExchange(user) is { } refused)
        {
            return refused;
        }

        var errors = new ValidationErrors();
        var record = await JsonRequestBody.ReadAsync<RegionalPlacementRecord>(http, errors, cancellationToken);
        if (record is null || RegionalRecordValidation.Validate(record, errors) is not { } valid)
        {
            return errors.ToProblem();
        }

        if (valid.MunicipalityCode != user.Tenant.Value)
        {
            return Problems.Forbidden(AccessRules.RegionalFollowUp, "A municipality sends its own records only: tenantId must be the caller's kommunkod.");
        }

        var delivery = await store.ApplyAsync(valid, cancellationToken);
        return Results.Ok(new RegionalDeliveryResponse(valid.Key, valid.Version, delivery));
    }
}
