using System.Globalization;
using System.Text;
using System.Text.Json;
using RabbitMQ.Client;

namespace Gateway.Operations;

/// <summary>
/// Reads a parked message's metadata from MassTransit's fault headers and its envelope. The message itself
/// and the headers <c>MT-Fault-Message</c> and <c>MT-Fault-StackTrace</c> are never read: an exception's
/// message can quote the data it failed on (a name, an identity number), and contracts that carry none
/// today are no guarantee for the text a library puts in an exception tomorrow (ADR 21).
/// </summary>
internal static class ParkedMessageReader
{
    private const string EnvelopeType = "application/vnd.masstransit+json";

    // The platform counts its own durable redeliveries in the envelope (ADR 3), not in MassTransit's header.
    private const string RedeliveryHeader = "platform-redelivery";

    public static ParkedMessage Read(BasicGetResult got)
    {
        var properties = got.BasicProperties;
        var envelope = Envelope.Of(properties.ContentType, got.Body);
        return new ParkedMessage(
            properties.MessageId,
            envelope.MessageTypes,
            Header(properties, "MT-Fault-ExceptionType"),
            DateTimeOffset.TryParse(Header(properties, "MT-Fault-Timestamp"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at.ToUniversalTime() : null,
            Header(properties, "MT-Reason"),
            Header(properties, "MT-Fault-ConsumerType"),
            Header(properties, "MT-Fault-InputAddress"),
            envelope.SourceAddress,
            envelope.Redeliveries,
            envelope.CorrelationId ?? properties.CorrelationId,
            envelope.ConversationId,
            got.Body.Length);
    }

    private static string? Header(IReadOnlyBasicProperties properties, string name) =>
        properties.Headers?.TryGetValue(name, out var value) == true ? value switch
        {
            byte[] text => Encoding.UTF8.GetString(text),
            null => null,
            _ => Convert.ToString(value, CultureInfo.InvariantCulture),
        } : null;

    /// <summary>The envelope's own metadata; its <c>message</c> is skipped unread.</summary>
    private sealed record Envelope(IReadOnlyList<string> MessageTypes, string? SourceAddress, int? Redeliveries, string? CorrelationId, string? ConversationId)
    {
        private static readonly Envelope None = new([], null, null, null, null);

        public static Envelope Of(string? contentType, ReadOnlyMemory<byte> body)
        {
            if (contentType != EnvelopeType)
            {
                return None;
            }

            try
            {
                using var json = JsonDocument.Parse(body);
                var root = json.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    return None;
                }

                return new Envelope(
                    root.TryGetProperty("messageType", out var types) && types.ValueKind == JsonValueKind.Array
                        ? [.. types.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!)]
                        : [],
                    Text(root, "sourceAddress"),
                    root.TryGetProperty("headers", out var headers) && headers.ValueKind == JsonValueKind.Object
                        && headers.TryGetProperty(RedeliveryHeader, out var count) && count.TryGetInt32(out var n) ? n : null,
                    Text(root, "correlationId"),
                    Text(root, "conversationId"));
            }
            catch (JsonException)
            {
                // A body that is not JSON is often why the message was parked; its metadata is then the headers alone.
                return None;
            }
        }

        private static string? Text(JsonElement root, string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }
}
