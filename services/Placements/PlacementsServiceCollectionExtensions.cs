using Placements.Consumers;
using Placements.Data;
using Placements.Domain.Regional;
using Placements.Features.RegionalExchange;
using Placements.Features.Shared;
using Platform.BuildingBlocks.AccessLog;
using Platform.BuildingBlocks.Delegation;
using Platform.BuildingBlocks.Messaging;
using Platform.BuildingBlocks.Persistence;

namespace Placements;

internal static class PlacementsServiceCollectionExtensions
{
    public const string ServiceName = "placements";

    public static WebApplicationBuilder AddPlacements(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<PlacementsDbContext>(ServiceName);
        // Queues: placements-placement-decided, placements-regional-placement-record, and the delegation replica's.
        builder.AddServiceMessaging<PlacementsDbContext>(ServiceName, bus =>
        {
            bus.AddConsumer<PlacementDecidedConsumer>();
            bus.AddConsumer<RegionalPlacementRecordConsumer>();
            bus.AddDelegationReplica();
        });
        builder.Services.AddAccessLog<PlacementsDbContext>();
        builder.Services.AddSingleton<PseudonymousKeys>();
        builder.Services.AddScoped<RegionalPublisher>();
        builder.Services.AddSingleton<RegionalRecordStore>();
        return builder;
    }
}
