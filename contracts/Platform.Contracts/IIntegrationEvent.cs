namespace Platform.Contracts;

/// <summary>
/// What every integration event carries. Events never carry names, identity numbers or free text.
/// </summary>
public interface IIntegrationEvent
{
    /// <summary>Unique id of this event; also the message id on the broker, used for de-duplication.</summary>
    Guid EventId { get; }

    /// <summary>The municipality (four-digit kommunkod) or region (two-digit länskod) the event belongs to.</summary>
    string TenantId { get; }

    /// <summary>When the fact the event records happened.</summary>
    DateTimeOffset OccurredAt { get; }
}
