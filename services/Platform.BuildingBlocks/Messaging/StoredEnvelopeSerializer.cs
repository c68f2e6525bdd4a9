using System.Net.Mime;
using MassTransit;

namespace Platform.BuildingBlocks.Messaging;

/// <summary>
/// The serializer of a send whose message is an outbox row: it returns the row's stored envelope,
/// so MassTransit serialises nothing and the broker gets the bytes the outbox holds.
/// </summary>
internal sealed class StoredEnvelopeSerializer : IMessageSerializer
{
    public static readonly StoredEnvelopeSerializer Instance = new();

    public ContentType ContentType => OutboxEnvelope.ContentType;

    public MessageBody GetMessageBody<T>(SendContext<T> context)
        where T : class =>
        context.Message is OutboxMessage { ContentType: not null } row
            ? new StringMessageBody(row.Body)
            : throw new InvalidOperationException("Only an outbox row's stored envelope is sent as it is.");
}
