using Intake.Data;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Persistence;

namespace Intake;

internal static class IntakeServiceCollectionExtensions
{
    public const string ServiceName = "intake";

    public static WebApplicationBuilder AddIntake(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IntakeDbContext>(ServiceName);
        builder.AddServiceMessaging<IntakeDbContext>(ServiceName);
        return builder;
    }
}
