using System.Text;
using Aspire.AppHost.Setup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Contracts.Hosting;

namespace Aspire.AppHost.Status;

/// <summary>
/// Once the gateway is healthy (and so everything behind it), prints every resource with its URL
/// and health, where the data and the operator settings are, and how to call the API.
/// </summary>
internal sealed class StatusReport(PlatformHostOptions options, ResourceNotificationService notifications, IConfiguration configuration) : BackgroundService
{
    private static readonly string[] Resources =
        ["postgres-init", "postgres", Postgres.PlatformPostgres.DatabaseLoginsResource, PlatformResources.Broker, .. PlatformResources.Services.Select(s => s.Name), PlatformResources.Console, "gateway"];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await notifications.WaitForResourceHealthyAsync("gateway", stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        Console.WriteLine(Render());
    }

    private string Render()
    {
        var rows = new List<(string Name, string Url, string State)> { ("dashboard (traces, logs, metrics)", DashboardUrl(), "") };
        foreach (var name in Resources)
        {
            rows.Add((name, Url(name), State(name)));
            if (name == PlatformResources.Broker)
            {
                rows.Add(($"{name} management UI ({RabbitMq.RabbitMqNode.User}/{RabbitMq.RabbitMqNode.Password})",
                    $"http://localhost:{options.Ports.RabbitMqManagement}/", State(name)));
            }
        }

        rows.Add(("web console (sign in as a test user)", $"http://localhost:{options.Ports.Gateway}/", State(PlatformResources.Console)));
        rows.Add(("API reference (every service's OpenAPI document)", $"http://localhost:{options.Ports.Gateway}/scalar", State("gateway")));
        var nameWidth = rows.Max(r => r.Name.Length);
        var urlWidth = rows.Max(r => r.Url.Length);
        var line = new string('-', nameWidth + urlWidth + 24);
        var text = new StringBuilder().AppendLine(line)
            .AppendLine($"{"RESOURCE".PadRight(nameWidth)}  {"URL".PadRight(urlWidth)}  STATE")
            .AppendLine(line);
        foreach (var (name, url, state) in rows)
        {
            text.AppendLine($"{name.PadRight(nameWidth)}  {url.PadRight(urlWidth)}  {state}");
        }

        text.AppendLine(line)
            .AppendLine($"Data: {options.DataDirectory}")
            .AppendLine($"Operator settings, applied while running: {options.OperatorSettingsFile}  (e.g. {{\"Telemetry\": {{\"TraceSampleRatio\": 0.1}}}})");
        AppendTokenRecipe(text, options.Ports.Gateway);
        return text.AppendLine(line).AppendLine("Ctrl+C stops everything.").ToString();
    }

    private string Url(string name) => name switch
    {
        "postgres" => $"postgres://{Postgres.PostgresServer.Superuser}@127.0.0.1:{options.Ports.Postgres}",
        PlatformResources.Broker => $"amqp://127.0.0.1:{options.Ports.Amqp}/",
        "gateway" => $"http://localhost:{options.Ports.Gateway}",
        PlatformResources.Console => $"http://localhost:{options.Ports.Console}",
        _ when options.Ports.Services.TryGetValue(name, out var port) => $"http://localhost:{port}",
        _ => "",
    };

    private string State(string name) =>
        notifications.TryGetCurrentState(name, out var resource)
            ? $"{resource.Snapshot.State?.Text}{(resource.Snapshot.HealthStatus is { } health ? ", " + health : "")}"
            : "unknown";

    private string DashboardUrl() =>
        (configuration["ASPNETCORE_URLS"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "(off)";

    private static void AppendTokenRecipe(StringBuilder text, int gatewayPort)
    {
        var gateway = $"http://localhost:{gatewayPort}";
        var intake = PlatformResources.Service("intake").RoutePrefix;
        text.AppendLine("Get a development token and call the API through the gateway:");
        text.AppendLine($$"""  TOKEN=$(curl -s -X POST {{gateway}}/dev/token -H 'content-type: application/json' -d '{"sub":"u1","name":"Anna Andersson","municipality":"0484","role":"handlaggare","unit":"mottagning","qualified":true}' \""");
        text.AppendLine("""    | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')""");
        text.AppendLine($$"""  curl -H "Authorization: Bearer $TOKEN" '{{gateway}}{{intake}}/reports?status=awaiting-protection-assessment'""");
    }
}

internal static class StatusReportExtensions
{
    public static void AddStatusReport(this IDistributedApplicationBuilder builder, PlatformHostOptions options)
    {
        if (options.PrintStatus)
        {
            builder.Services.AddSingleton(options);
            builder.Services.AddHostedService<StatusReport>();
        }
    }
}
