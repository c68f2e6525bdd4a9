using Platform.BuildingBlocks.Persistence;

namespace Intake.Data;

/// <summary>The first answer to a registration with an Idempotency-Key, replayed to a retry with the same body.</summary>
internal sealed class IdempotencyRecord : ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;

    public string Key { get; set; } = string.Empty;

    /// <summary>Keyed hash of the request, which may hold an identity number.</summary>
    public byte[] RequestHash { get; set; } = [];

    public Guid ReportId { get; set; }

    /// <summary>The 201 body, which carries ids and case numbers only.</summary>
    public string Response { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }
}
