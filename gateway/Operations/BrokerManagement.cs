using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Gateway.Operations;

/// <summary>The broker's management API, the one place that lists a virtual host's queues (AMQP cannot).</summary>
internal sealed class BrokerManagement(HttpClient http, BrokerSettings settings)
{
    public static void Configure(HttpClient http, BrokerSettings settings)
    {
        var (user, password) = settings.Credentials;
        http.BaseAddress = settings.ManagementUrl;
        http.Timeout = TimeSpan.FromSeconds(10);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
    }

    /// <summary>Every error and skipped queue of the broker's virtual host, by name.</summary>
    public async Task<IReadOnlyList<ErrorQueue>> ErrorQueuesAsync(CancellationToken cancellationToken)
    {
        var path = "api/queues/" + Uri.EscapeDataString(settings.VirtualHost) + "?columns=name,messages";
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var json = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        return [.. json.RootElement.EnumerateArray()
            .Select(q => (Name: q.GetProperty("name").GetString() ?? "", Queue: q))
            .Where(q => ErrorQueueNames.IsParking(q.Name))
            // A queue declared a moment ago has no statistics until the broker's next collection.
            .Select(q => new ErrorQueue(q.Name, ErrorQueueNames.Origin(q.Name)!,
                q.Queue.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Number ? messages.GetInt64() : 0))
            .OrderBy(q => q.Name, StringComparer.Ordinal)];
    }
}
