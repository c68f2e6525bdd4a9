namespace Gateway.Operations;

/// <summary>
/// What an operator sees of a parked message: ids, types, addresses, counts and times, which say where it
/// failed and how. Never its body, nor the fault's message or stack trace (see <see cref="ParkedMessageReader"/>).
/// </summary>
internal sealed record ParkedMessage(
    string? MessageId,
    IReadOnlyList<string> MessageTypes,
    string? ExceptionType,
    DateTimeOffset? FaultedAt,
    string? Reason,
    string? ConsumerType,
    string? InputAddress,
    string? SourceAddress,
    int? Redeliveries,
    string? CorrelationId,
    string? ConversationId,
    int BodyBytes);
