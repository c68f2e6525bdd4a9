using System.Text.Json;
using Platform.BuildingBlocks.Messaging;
using Platform.BuildingBlocks.Persistence;
using Platform.Contracts;

namespace Quality.Domain.Events;

/// <summary>
/// An event as it was consumed, kept for good (append-only): the projections are rebuilt by replaying these in
/// the order received. Events carry no personal data, so neither does this table.
/// </summary>
internal sealed class ReceivedEvent : ITenantOwned
{
    public long Sequence { get; init; }

    public string TenantId { get; set; } = string.Empty;

    public Guid EventId { get; init; }

    public string EventType { get; init; } = string.Empty;

    public DateTimeOffset OccurredAt { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    public string Body { get; init; } = string.Empty;

    public static ReceivedEvent Of(IIntegrationEvent message, DateTimeOffset now) => new()
    {
        TenantId = message.TenantId,
        EventId = message.EventId,
        EventType = ProjectedEvents.NameOf(message.GetType()),
        OccurredAt = message.OccurredAt.ToUniversalTime(),
        ReceivedAt = now,
        Body = JsonSerializer.Serialize(message, message.GetType(), MessageJson.Options),
    };

    public IIntegrationEvent Read() =>
        (IIntegrationEvent)(JsonSerializer.Deserialize(Body, ProjectedEvents.TypeOf(EventType), MessageJson.Options)
            ?? throw new InvalidOperationException($"Stored event {Sequence} is empty."));
}
