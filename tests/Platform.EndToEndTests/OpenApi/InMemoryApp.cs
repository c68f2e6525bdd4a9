using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using Platform.Contracts.Hosting;

namespace Platform.EndToEndTests.OpenApi;

/// <summary>A service or the gateway as the test server runs it in memory.</summary>
internal interface IInMemoryApp : IAsyncDisposable
{
    IServiceProvider Services { get; }

    HttpClient CreateClient();
}

/// <summary>
/// Starts a project's own <c>Program</c> in memory without its background work (migrations, the bus,
/// the outbox relay): enough to see what it maps and documents, with no database or broker. The
/// addresses below are never dialled.
/// </summary>
internal static class InMemoryApp
{
    public static IInMemoryApp Start(Type anyTypeOfTheApp, string environment = "Development")
    {
        var entryPoint = anyTypeOfTheApp.Assembly.EntryPoint?.DeclaringType
            ?? throw new InvalidOperationException(anyTypeOfTheApp.Assembly + " has no entry point.");
        var factory = typeof(Factory<>).MakeGenericType(entryPoint);
        return (IInMemoryApp)Activator.CreateInstance(factory, environment)!;
    }

    private static Dictionary<string, string> Settings()
    {
        using var tokenKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var settings = new Dictionary<string, string>
        {
            ["Auth:SigningKey"] = Convert.ToBase64String(tokenKey.ExportPkcs8PrivateKey()),
            ["Auth:PublicKey"] = Convert.ToBase64String(tokenKey.ExportSubjectPublicKeyInfo()),
            ["Intake:IdentityKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            [$"ConnectionStrings:{PlatformResources.Broker}"] = "amqp://guest:guest@127.0.0.1:1/",
            ["Operations:BrokerManagementUrl"] = "http://127.0.0.1:1/",
        };
        foreach (var service in PlatformResources.Services)
        {
            settings[$"ConnectionStrings:{service.Name}"] = "Host=127.0.0.1;Port=1";
            settings[$"ConnectionStrings:{PlatformResources.MigrationsConnectionName(service.Name)}"] = "Host=127.0.0.1;Port=1";
        }

        return settings;
    }

    private sealed class Factory<TEntryPoint>(string environment) : WebApplicationFactory<TEntryPoint>, IInMemoryApp
        where TEntryPoint : class
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(environment);
            foreach (var (key, value) in Settings())
            {
                builder.UseSetting(key, value);
            }

            // The web server is a hosted service too; everything else hosted would dial a server.
            builder.ConfigureServices(services =>
            {
                foreach (var hosted in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name != "GenericWebHostService").ToList())
                {
                    services.Remove(hosted);
                }
            });
        }
    }
}
