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

    private static string ReasonOf(JsonElement headers)
    {
        var exception = Header(headers, "MT-Fault-ExceptionType");
        if (exception is null)
        {
            return $"no exception recorded (reason: {Header(headers, "MT-Reason") ?? "none"})";
        }

        return Header(headers, "MT-Fault-ConsumerType") is { } consumer ? $"{exception} in {consumer}" : exception;
    }

    private static string? Header(JsonElement headers, string name) =>
        headers.ValueKind == JsonValueKind.Object && headers.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
