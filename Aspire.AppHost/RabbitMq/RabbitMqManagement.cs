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

    public void Dispose() => http.Dispose();
}
