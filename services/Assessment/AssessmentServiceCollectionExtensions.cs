using Assessment.Consumers;
using Assessment.Data;
using Platform.BuildingBlocks.AccessLog;
using Platform.BuildingBlocks.Messaging;
using Platform.BuildingBlocks.Persistence;

namespace Assessment;

internal static class AssessmentServiceCollectionExtensions
{
    public const string ServiceName = "assessment";

    public static WebApplicationBuilder AddAssessment(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AssessmentDbContext>(ServiceName);
        // Queues: assessment-report-registered, assessment-report-reclassified, assessment-protection-assessment-recorded.
        builder.AddServiceMessaging<AssessmentDbContext>(ServiceName, bus =>
        {
            bus.AddConsumer<ReportRegisteredConsumer>();
            bus.AddConsumer<ReportReclassifiedConsumer>();
            bus.AddConsumer<ProtectionAssessmentRecordedConsumer>();
            bus.AddConsumer<InvestigationOpenedConsumer>();
            bus.AddConsumer<InvestigationClosedConsumer>();
        });
        builder.Services.AddAccessLog<AssessmentDbContext>();
        return builder;
    }
}
