using Platform.BuildingBlocks.Persistence;

namespace Intake.Data.Entities;

/// <summary>One read or write of a person's case data (DOMAIN.md §4), for loggkontroll. Append-only.</summary>
internal sealed class AccessLogEntry : ITenantOwned
{
    public Guid Id { get; set; }

    public string TenantId { get; set; } = string.Empty;

    public DateTimeOffset OccurredAt { get; set; }

    public string UserId { get; set; } = string.Empty;

    public string UserRole { get; set; } = string.Empty;

    public AccessAction Action { get; set; }

    public AccessedRecord RecordType { get; set; }

    public Guid RecordId { get; set; }
}
