namespace Platform.BuildingBlocks.Messaging;

/// <summary>
/// A message stored in the same transaction as the state change it announces, published by the
/// relay. A row with a <see cref="Destination"/> is a consumed message held for delayed redelivery.
/// A row is pending until <see cref="SentAt"/> or <see cref="DeadAt"/> is set.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Sequence, which is also the publishing order.</summary>
    public long Id { get; set; }

    /// <summary>The message id on the broker (the event id), which consumers de-duplicate by.</summary>
    public Guid MessageId { get; set; }

    /// <summary>The tenant the message belongs to.</summary>
    public string TenantId { get; set; } = string.Empty;

    /// <summary>The message's CLR type, <c>Namespace.Type, Assembly</c>; it names the exchange to publish to.</summary>
    public string MessageType { get; set; } = string.Empty;

    /// <summary>
    /// The message in its MassTransit envelope, headers included, exactly as the relay sends it; a row
    /// written before envelopes were stored holds the bare message until the relay wraps it.
    /// </summary>
    public string Body { get; set; } = string.Empty;

    /// <summary>The content type of <see cref="Body"/>; null for a bare message written before envelopes were stored.</summary>
    public string? ContentType { get; set; }

    /// <summary>A queue to send to instead of publishing (delayed redelivery).</summary>
    public string? Destination { get; set; }

    /// <summary>How many times this message has been redelivered to its consumer; the envelope's header carries it to the consumer.</summary>
    public int Redelivery { get; set; }

    /// <summary>W3C traceparent of the request that wrote the message.</summary>
    public string? TraceParent { get; set; }

    /// <summary>W3C tracestate of the request that wrote the message.</summary>
    public string? TraceState { get; set; }

    /// <summary>When the row was written.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The earliest time to (re)try publishing.</summary>
    public DateTimeOffset NotBefore { get; set; }

    /// <summary>Failed publishing attempts while the broker was reachable.</summary>
    public int Attempts { get; set; }

    /// <summary>The type of the last publishing error (never its message, which may quote data).</summary>
    public string? LastError { get; set; }

    /// <summary>When the broker confirmed the message; null while it waits.</summary>
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>
    /// When the relay gave up on the message after <c>Messaging:MaxPublishAttempts</c> failures;
    /// it stays, with <see cref="LastError"/>, until an operator replays it (<see cref="DeadOutboxMessages"/>).
    /// </summary>
    public DateTimeOffset? DeadAt { get; set; }
}
