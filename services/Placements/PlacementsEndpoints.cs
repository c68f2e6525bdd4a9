using Placements.Access;
using Placements.Features.EndPlacement;
using Placements.Features.FosterHomes;
using Placements.Features.GetPlacement;
using Placements.Features.MovePlacement;
using Placements.Features.ProviderRating;
using Placements.Features.RecordDialogue;
using Placements.Features.RecordDuties;
using Placements.Features.RecordReview;
using Placements.Features.RegionalExchange;
using Placements.Features.RegionalStatistics;
using Placements.Features.Settings;
using Placements.Features.StartPlacement;
using Placements.Features.Worklist;
using Platform.BuildingBlocks.AccessLog;
using Platform.BuildingBlocks.Authorization;
using Platform.ServiceDefaults.OpenApi;

namespace Placements;

internal static class PlacementsEndpoints
{
    /// <summary>
    /// Every endpoint under <c>/api/placements</c> as the gateway forwards it: the municipality's staff on its
    /// placements (own unit, access-logged), the exchange with the region, and the region's analysts on the
    /// county's aggregates; plus the Dapr subscription a sidecar calls directly.
    /// </summary>
    public static WebApplication MapPlacementsEndpoints(this WebApplication app)
    {
        app.UseCloudEvents();
        var root = app.MapGroup("/api/placements").ProducesRuleProblem();
        var municipal = root.MapGroup(string.Empty)
            .RequireStaffRoles(PlacementsAccess.ReadRoles, "Only the municipality's staff who follow up, manage or review placements may use them.");
        municipal.MapGroup(string.Empty)
            .AddEndpointFilter(PlacementsAccess.AccessFilter)
            .MapGetPlacement()
            .MapStartPlacement()
            .MapMovePlacement()
            .MapRecordDuties()
            .MapRecordReview()
            .MapRecordDialogue()
            .MapEndPlacement();
        municipal.MapListPlacements()
            .MapWorklist()
            .MapFosterHomes()
            .MapProviderRating()
            .MapSettings()
            .MapRegionalRecords()
            .MapReconciliation()
            .MapAccessLogReview();
        root.MapRegionalStatistics();
        app.MapDaprRecordSubscription();
        return app;
    }
}
