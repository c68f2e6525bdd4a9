using Platform.BuildingBlocks.AccessLog;
using Platform.BuildingBlocks.Messaging;
using Platform.BuildingBlocks.Persistence;
using Quality.Consumers;
using Quality.Data;
using Quality.Features.AnnualReport;
using Quality.Features.Deviations;
using Quality.Features.RebuildProjections;
using Quality.Features.SelfAudit;
using Quality.Features.Shared;

namespace Quality;

internal static class QualityServiceCollectionExtensions
{
    public const string ServiceName = "quality";

    public static WebApplicationBuilder AddQuality(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<QualityDbContext>(ServiceName);
        // Queues: quality-<event>, one per event the projections read (ProjectedEvents).
        builder.AddServiceMessaging<QualityDbContext>(ServiceName, bus => bus.AddProjectionConsumers());
        builder.Services.AddAccessLog<QualityDbContext>();
        builder.Services.AddScoped<LoadedRows>();
        builder.Services.AddScoped<ContributionWriter>();
        builder.Services.AddScoped<AggregateWriter>();
        builder.Services.AddScoped<EventProjector>();
        builder.Services.AddScoped<ProjectionRebuild>();
        builder.Services.AddScoped<AutomaticDeviations>();
        builder.Services.AddScoped<DeviationChanges>();
        builder.Services.AddScoped<SelfAuditProjector>();
        builder.Services.AddScoped<CaseFiles>();
        builder.Services.AddScoped<SelfAuditResults>();
        builder.Services.AddScoped<AnnualReportAssembler>();
        builder.Services.AddSingleton<ChromiumPdfPrinter>();
        return builder;
    }
}
