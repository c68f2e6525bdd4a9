using MudBlazor.Services;
using Platform.ServiceDefaults;
using PlatformConsole.Gateway;
using PlatformConsole.SignIn;

namespace PlatformConsole;

internal static class ConsoleServiceCollectionExtensions
{
    public static WebApplicationBuilder AddConsole(this WebApplicationBuilder builder)
    {
        builder.AddHostDefaults();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.AddConsoleSignIn();
        builder.Services.AddGatewayApi(builder.Configuration);
        builder.Services.AddScoped<Worklist.WorklistLoader>();
        return builder;
    }
}
