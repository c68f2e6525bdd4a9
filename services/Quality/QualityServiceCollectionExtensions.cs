using Platform.BuildingBlocks.Messaging;
using Platform.BuildingBlocks.Persistence;
using Quality.Data;

namespace Quality;

internal static class QualityServiceCollectionExtensions
{
    public const string ServiceName = "quality";

    public static WebApplicationBuilder AddQuality(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<QualityDbContext>(ServiceName);
        builder.AddServiceMessaging<QualityDbContext>(ServiceName);
        return builder;
    }
}
