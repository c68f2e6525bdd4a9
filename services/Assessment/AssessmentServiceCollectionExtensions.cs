using Assessment.Data;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Persistence;

namespace Assessment;

internal static class AssessmentServiceCollectionExtensions
{
    public const string ServiceName = "assessment";

    public static WebApplicationBuilder AddAssessment(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AssessmentDbContext>(ServiceName);
        builder.AddServiceMessaging<AssessmentDbContext>(ServiceName);
        return builder;
    }
}
