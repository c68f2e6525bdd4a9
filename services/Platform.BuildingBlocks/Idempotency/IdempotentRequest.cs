using Platform.BuildingBlocks.Persistence;

namespace Platform.BuildingBlocks.Idempotency;

/// <summary>
/// A write sent with an Idempotency-Key: stored in the same transaction as the write itself, and its
/// answer kept once the write has committed, so that a retry gets that answer instead of a second write.
/// </summary>
public sealed class IdempotentRequest : ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;

    public string Key { get; set; } = string.Empty;

    /// <summary>SHA-256 of the caller, the method, the path and the body: a retry must be the same request by the same person.</summary>
    public byte[] RequestHash { get; set; } = [];

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>When the answer was kept; null while the write is in flight, or if the answer was lost after the write committed.</summary>
    public DateTimeOffset? AnsweredAt { get; set; }

    public int? StatusCode { get; set; }

    public string? Location { get; set; }

    public string? ContentType { get; set; }

    /// <summary>The answer's body, as sent: ids and what the caller may read of the record they wrote.</summary>
    public byte[]? Body { get; set; }
}
