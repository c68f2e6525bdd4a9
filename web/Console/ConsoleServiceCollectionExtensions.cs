using MudBlazor.Services;
using PlatformConsole.Gateway;
using PlatformConsole.SignIn;
using Platform.ServiceDefaults.Configuration;
using Platform.ServiceDefaults.Telemetry;

namespace PlatformConsole;

internal static class ConsoleServiceCollectionExtensions
{
    public static WebApplicationBuilder AddConsole(this WebApplicationBuilder builder)
    {
        builder.AddOperatorSettingsFile();
        builder.AddPlatformTelemetry();
        builder.AddQuietFrameworkLogs();
        builder.Services.AddHealthChecks();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.AddConsoleSignIn();
        builder.Services.AddGatewayApi(builder.Configuration);
        builder.Services.AddScoped<Worklist.WorklistLoader>();
        return builder;
    }
}
