using Platform.BuildingBlocks.Persistence;

namespace Platform.BuildingBlocks.AccessLog;

/// <summary>One read or write of a person's case data (DOMAIN.md §4), for loggkontroll. Append-only.</summary>
public sealed class AccessLogEntry : ITenantOwned
{
    public Guid Id { get; init; }

    public string TenantId { get; set; } = string.Empty;

    public DateTimeOffset OccurredAt { get; init; }

    public string UserId { get; init; } = string.Empty;

    public string UserRole { get; init; } = string.Empty;

    public AccessAction Action { get; init; }

    /// <summary>The kind of record, as the service names it (e.g. <c>report</c>, <c>assessment</c>).</summary>
    public string RecordType { get; init; } = string.Empty;

    public Guid RecordId { get; init; }

    /// <summary>What was done, as the route names it (e.g. <c>POST /assessments/{id}/decision</c>); never values.</summary>
    public string Operation { get; init; } = string.Empty;

    /// <summary>
    /// Why the user needed a record outside their own unit, as they stated it; null for ordinary work.
    /// An entry with a reason is flagged in the log review.
    /// </summary>
    public string? Reason { get; init; }
}
