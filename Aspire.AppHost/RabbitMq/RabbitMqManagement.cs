using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Aspire.AppHost.RabbitMq;

/// <summary>The management plugin's HTTP API, the operator's view of queue depths.</summary>
public sealed class RabbitMqManagement(string baseUrl) : IDisposable
{
    private readonly HttpClient http = new()
    {
        BaseAddress = new Uri(baseUrl),
        Timeout = TimeSpan.FromSeconds(10),
        DefaultRequestHeaders =
        {
            Authorization = new AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes($"{RabbitMqNode.User}:{RabbitMqNode.Password}"))),
        },
    };

    /// <summary>200 when the node listens on the port (the broker's own check, not a TCP probe).</summary>
    public async Task<HttpStatusCode> PortListenerStatusAsync(int port, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync($"api/health/checks/port-listener/{port}", cancellationToken);
        return response.StatusCode;
    }

    /// <summary>Messages (ready and unacknowledged) in a queue of vhost /, or null when the queue does not exist.</summary>
    public async Task<long?> MessageCountAsync(string queue, CancellationToken cancellationToken)
    {
        // A queue declared a moment ago has no statistics until the next collection interval.
        for (var attempt = 0; ; attempt++)
        {
            using var response = await http.GetAsync("api/queues/%2F/" + Uri.EscapeDataString(queue), cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            response.EnsureSuccessStatusCode();
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var json = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
            if (json.RootElement.TryGetProperty("messages", out var messages))
            {
                return messages.GetInt64();
            }

            if (attempt == 50)
            {
                throw new TimeoutException($"RabbitMQ reports no statistics for queue '{queue}'.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }

    /// <summary>Every queue of vhost / with its messages (ready and unacknowledged).</summary>
    public async Task<IReadOnlyDictionary<string, long>> QueueDepthsAsync(CancellationToken cancellationToken)
    {
        using var json = await GetJsonAsync("api/queues/%2F?columns=name,messages", cancellationToken);
        return json.RootElement.EnumerateArray().ToDictionary(
            q => q.GetProperty("name").GetString()!,
            q => q.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Number ? messages.GetInt64() : 0);
    }

    /// <summary>Messages delivered to consumers and redelivered since the node started; both restart from zero with the node.</summary>
    public async Task<(long Delivered, long Redelivered)> DeliveriesAsync(CancellationToken cancellationToken)
    {
        using var json = await GetJsonAsync("api/overview", cancellationToken);
        var found = json.RootElement.TryGetProperty("message_stats", out var stats) && stats.ValueKind == JsonValueKind.Object;
        long Count(string name) => found && stats.TryGetProperty(name, out var value) ? value.GetInt64() : 0;
        return (Count("deliver_get"), Count("redeliver"));
    }

    /// <summary>The headers of up to <paramref name="count"/> messages at the head of a queue, which stay where they are.</summary>
    public async Task<IReadOnlyList<JsonElement>> PeekHeadersAsync(string queue, int count, CancellationToken cancellationToken)
    {
        var request = new { count, ackmode = "ack_requeue_true", encoding = "auto", truncate = 1 };
        using var response = await http.PostAsync("api/queues/%2F/" + Uri.EscapeDataString(queue) + "/get",
            new StringContent(JsonSerializer.Serialize(request), Encoding.UTF8, "application/json"), cancellationToken);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return json.RootElement.EnumerateArray()
            .Select(m => m.GetProperty("properties").TryGetProperty("headers", out var headers) ? headers.Clone() : default)
            .ToList();
    }

    public void Dispose() => http.Dispose();

    private async Task<JsonDocument> GetJsonAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(path, cancellationToken);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
    }
}
