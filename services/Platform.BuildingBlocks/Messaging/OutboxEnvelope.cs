using System.Net.Mime;
using System.Text.Json;
using MassTransit;
using MassTransit.Metadata;
using MassTransit.Serialization;
using Platform.Contracts;

namespace Platform.BuildingBlocks.Messaging;

/// <summary>
/// The MassTransit envelope (<c>application/vnd.masstransit+json</c>) an outbox row stores and the
/// relay sends byte for byte. It is MassTransit's own envelope type, message type names and
/// serializer settings, so consumers read it, headers and redelivery count included, as any
/// message MassTransit wrote.
/// </summary>
internal static class OutboxEnvelope
{
    /// <summary>The content type of a stored envelope; rows without one hold a bare message (written before envelopes).</summary>
    public static readonly ContentType ContentType = SystemTextJsonMessageSerializer.JsonContentType;

    /// <summary>MassTransit's settings with the platform's enum spelling; the bus is given the same instance.</summary>
    public static readonly JsonSerializerOptions Options = MessageJson.Configure(new JsonSerializerOptions(SystemTextJsonMessageSerializer.Options));

    /// <summary>
    /// An event as MassTransit would publish it. Only the source and destination addresses, which
    /// only a running bus knows, are left out; no consumer reads them.
    /// </summary>
    public static string ForEvent(IIntegrationEvent message, Type type, Guid messageId, Guid? conversationId, DateTimeOffset sentTime, int redelivery = 0)
    {
        var envelope = new JsonMessageEnvelope
        {
            MessageId = messageId.ToString(),
            // MassTransit's send convention takes the correlation id from a property named EventId.
            CorrelationId = message.EventId.ToString(),
            ConversationId = (conversationId ?? NewId.NextGuid()).ToString(),
            MessageType = MessageTypeCache.GetMessageTypeNames(type),
            Message = message,
            SentTime = sentTime.UtcDateTime,
            Host = HostMetadataCache.Host,
        };
        if (redelivery > 0)
        {
            envelope.Headers[InboxFilter.RedeliveryHeader] = redelivery;
        }

        return Serialize(envelope);
    }

    /// <summary>A consumed message to redeliver: MassTransit's copy of its envelope, with the redelivery count set.</summary>
    public static string ForRedelivery<TMessage>(ConsumeContext<TMessage> context, int redelivery)
        where TMessage : class
    {
        var envelope = new JsonMessageEnvelope(context, context.Message, [.. context.SupportedMessageTypes]);
        envelope.Headers[InboxFilter.RedeliveryHeader] = redelivery;
        return Serialize(envelope);
    }

    /// <summary>
    /// A row written before the outbox stored envelopes holds the bare message: it is wrapped once,
    /// and the row keeps the envelope it is sent in.
    /// </summary>
    public static void WrapBareMessage(OutboxMessage row, Type type)
    {
        var message = JsonSerializer.Deserialize(row.Body, type, MessageJson.Options) as IIntegrationEvent
            ?? throw new InvalidOperationException("The outbox row holds no integration event.");
        row.Body = ForEvent(message, type, row.MessageId, conversationId: null, row.CreatedAt, row.Redelivery);
        row.ContentType = ContentType.MediaType;
    }

    // As MassTransit's SystemTextJsonMessageBody writes it: through the envelope interface.
    private static string Serialize(MessageEnvelope envelope) => JsonSerializer.Serialize(envelope, Options);
}
