using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Persistence;
using Platform.ServiceDefaults.Authentication;

namespace Platform.BuildingBlocks.AccessLog;

/// <summary>
/// Records who read or wrote which person's case data (DOMAIN.md §4), named by the route the
/// request came through. A write's entry is saved by the handler's own save, so it exists exactly
/// when the change does; a read's entry is saved before its answer leaves.
/// </summary>
public sealed class AccessLogWriter(ServiceDbContext db, CurrentUser user, IHttpContextAccessor http, TimeProvider time)
{
    /// <summary>The longest reason an entry keeps (<see cref="AccessLogEntry.Reason"/>).</summary>
    public const int MaxReasonLength = AccessLogEntryConfiguration.ReasonLength;

    /// <summary>Why this request reaches a case outside the caller's unit; every entry it writes keeps it and is flagged.</summary>
    public string? OutsideUnitReason { get; set; }

    /// <summary>Adds an entry to the unit of work; the caller's save writes it. The request's <see cref="OutsideUnitReason"/> flags it for the log review.</summary>
    public void Add(AccessAction action, string recordType, Guid recordId)
    {
        var now = time.GetUtcNow();
        db.AccessLog.Add(new AccessLogEntry
        {
            Id = Guid.CreateVersion7(now),
            OccurredAt = now,
            UserId = Cut(user.Id, AccessLogEntryConfiguration.UserIdLength),
            UserRole = Cut(user.Role, AccessLogEntryConfiguration.RoleLength),
            Action = action,
            RecordType = recordType,
            RecordId = recordId,
            Operation = Operation(),
            Reason = OutsideUnitReason is { } reason ? Cut(reason, AccessLogEntryConfiguration.ReasonLength) : null,
        });
    }

    /// <summary>Logs the records that were shown, one entry each, and saves them before the answer leaves.</summary>
    public async Task ShownAsync(AccessAction action, string recordType, IEnumerable<Guid> recordIds, CancellationToken cancellationToken)
    {
        foreach (var id in recordIds)
        {
            Add(action, recordType, id);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private string Operation()
    {
        var request = http.HttpContext?.Request;
        var route = (http.HttpContext?.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
        return request is null ? string.Empty : Cut($"{request.Method} {route}", AccessLogEntryConfiguration.OperationLength);
    }

    private static string Cut(string value, int length) => value.Length <= length ? value : value[..length];
}
