using Placements.Data;
using Platform.BuildingBlocks.Messaging;
using Platform.BuildingBlocks.Persistence;

namespace Placements;

internal static class PlacementsServiceCollectionExtensions
{
    public const string ServiceName = "placements";

    public static WebApplicationBuilder AddPlacements(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<PlacementsDbContext>(ServiceName);
        builder.AddServiceMessaging<PlacementsDbContext>(ServiceName);
        return builder;
    }
}
