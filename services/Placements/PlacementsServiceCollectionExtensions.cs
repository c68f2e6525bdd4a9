using Placements.Data;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Persistence;

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
