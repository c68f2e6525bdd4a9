namespace Platform.BuildingBlocks.Messaging;

/// <summary>A message a consumer has handled, recorded in the consumer's own transaction.</summary>
public sealed class InboxMessage
{
    /// <summary>The message id.</summary>
    public Guid MessageId { get; set; }

    /// <summary>The consumer that handled it.</summary>
    public string Consumer { get; set; } = string.Empty;

    /// <summary>The tenant of the message.</summary>
    public string TenantId { get; set; } = string.Empty;

    /// <summary>When it was handled.</summary>
    public DateTimeOffset ProcessedAt { get; set; }
}
