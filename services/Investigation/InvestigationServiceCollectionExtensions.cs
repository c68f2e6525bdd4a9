using Investigation.Consumers;
using Investigation.Data;
using Investigation.Features.Shared;
using Platform.BuildingBlocks.AccessLog;
using Platform.BuildingBlocks.Delegation;
using Platform.BuildingBlocks.Messaging;
using Platform.BuildingBlocks.Persistence;

namespace Investigation;

internal static class InvestigationServiceCollectionExtensions
{
    public const string ServiceName = "investigation";

    public static WebApplicationBuilder AddInvestigation(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<InvestigationDbContext>(ServiceName);
        // Queues: investigation-report-registered, investigation-investigation-requested, investigation-placement-started,
        // and the delegation order's: investigation-delegation-order-recorded, investigation-sub-delegation-recorded.
        builder.AddServiceMessaging<InvestigationDbContext>(ServiceName, bus =>
        {
            bus.AddConsumer<ReportRegisteredConsumer>();
            bus.AddConsumer<InvestigationRequestedConsumer>();
            bus.AddConsumer<PlacementStartedConsumer>();
            bus.AddDelegationReplica();
        });
        builder.Services.AddAccessLog<InvestigationDbContext>();
        builder.Services.AddScoped<DecisionAuthority>();
        return builder;
    }
}
