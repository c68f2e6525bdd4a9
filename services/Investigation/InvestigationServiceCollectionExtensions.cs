using Investigation.Data;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Persistence;

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
