using System.Text;
using Aspire.AppHost.Hosting;
using Aspire.AppHost.Resources;
using Platform.Contracts.Hosting;

namespace Aspire.AppHost.Dashboard;

/// <summary>The one place that shows every URL, every health state, where the logs are and how to call the API.</summary>
public static class StatusTable
{
    public static string Render(PlatformApp app)
    {
        var rows = new List<(string Name, string Url, string State)>();
        foreach (var resource in app.Resources)
        {
            rows.Add((resource.Name, resource.Url, resource.StateDetail is null ? resource.State.ToString() : $"{resource.State}: {resource.StateDetail}"));
            if (resource is RabbitMqResource rabbit)
            {
                rows.Add(($"{resource.Name} (management UI, {RabbitMqResource.User}/{RabbitMqResource.Password})", rabbit.ManagementUrl, resource.State.ToString()));
            }
        }

        var nameWidth = rows.Max(r => r.Name.Length);
        var urlWidth = rows.Max(r => r.Url.Length);
        var text = new StringBuilder();
        var line = new string('-', nameWidth + urlWidth + 20);
        text.AppendLine(line);
        text.AppendLine($"{"RESOURCE".PadRight(nameWidth)}  {"URL".PadRight(urlWidth)}  HEALTH");
        text.AppendLine(line);
        foreach (var (name, url, state) in rows)
        {
            text.AppendLine($"{name.PadRight(nameWidth)}  {url.PadRight(urlWidth)}  {state}");
        }

        text.AppendLine(line);
        text.AppendLine($"Logs: {app.Options.LogDirectory}    Data: {app.Options.DataDirectory}");
        text.AppendLine($"Operator settings, applied while running: {app.Options.OperatorSettingsFile}  (e.g. {{\"Telemetry\": {{\"TraceSampleRatio\": 0.1}}}})");
        AppendTokenRecipe(text, app.Options.Ports.Gateway);
        text.AppendLine(line);
        text.AppendLine("Ctrl+C stops everything.");
        return text.ToString();
    }

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
