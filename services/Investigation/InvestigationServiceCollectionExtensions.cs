using Investigation.Data;
using Platform.BuildingBlocks.Messaging;
using Platform.BuildingBlocks.Persistence;

namespace Investigation;

internal static class InvestigationServiceCollectionExtensions
{
    public const string ServiceName = "investigation";

    public static WebApplicationBuilder AddInvestigation(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<InvestigationDbContext>(ServiceName);
        builder.AddServiceMessaging<InvestigationDbContext>(ServiceName);
        return builder;
    }
}
