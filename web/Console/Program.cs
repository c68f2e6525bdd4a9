using Platform.ServiceDefaults.Health;
using PlatformConsole;
using PlatformConsole.Components;
using PlatformConsole.Quality;
using PlatformConsole.SignIn;

var builder = WebApplication.CreateBuilder(args);
builder.AddConsole();

var app = builder.Build();
app.UseExceptionHandler("/fel", createScopeForErrors: true);
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapHealthEndpoints();
app.MapStaticAssets();
app.MapSignIn();
app.MapIndicatorExport();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();
