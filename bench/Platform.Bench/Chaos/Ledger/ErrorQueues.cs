using System.Text.Json;
using Aspire.AppHost.RabbitMq;

namespace Platform.Bench.Chaos.Ledger;

/// <summary>
/// What lies in the consumers' error queues, counted by queue and the exception type MassTransit
/// recorded as the reason (never the exception's message, which may quote data).
/// </summary>
internal static class ErrorQueues
{
    private const int PeekAtMost = 500;

    public static async Task<IReadOnlyList<ParkedMessages>> ReadAsync(RabbitMqManagement broker, CancellationToken cancellationToken)
    {
        var parked = new List<ParkedMessages>();
        foreach (var (queue, depth) in await broker.QueueDepthsAsync(cancellationToken))
        {
            if (!queue.EndsWith("_error", StringComparison.Ordinal) || depth == 0)
            {
                continue;
            }

            var headers = await broker.PeekHeadersAsync(queue, PeekAtMost, cancellationToken);
            parked.AddRange(headers
                .GroupBy(ReasonOf)
                .Select(g => new ParkedMessages(queue, g.Key, g.Count())));
        }

        return parked;
    }

    private static string ReasonOf(JsonElement headers) =>
        headers.ValueKind == JsonValueKind.Object && headers.TryGetProperty("MT-Fault-ExceptionType", out var type) ? type.GetString() ?? "?" : "no reason recorded";
}
