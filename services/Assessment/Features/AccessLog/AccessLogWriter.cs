using Assessment.Data;
using Assessment.Domain.Access;
using Platform.ServiceDefaults.Authentication;

namespace Assessment.Features.AccessLog;

/// <summary>Adds access-log entries for the caller, named by the route they came through (DOMAIN.md §4).</summary>
internal sealed class AccessLogWriter(AssessmentDbContext db, CurrentUser user, TimeProvider time)
{
    /// <summary>Adds an entry to the unit of work; the caller's save writes it.</summary>
    public void Add(HttpContext http, AccessAction action, AccessedRecord recordType, Guid recordId)
    {
        var now = time.GetUtcNow();
        db.AccessLog.Add(new AccessLogEntry
        {
            Id = Guid.CreateVersion7(now),
            OccurredAt = now,
            UserId = user.Id,
            UserRole = user.Role,
            Action = action,
            RecordType = recordType,
            RecordId = recordId,
            Operation = $"{http.Request.Method} {(http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText}",
        });
    }

    /// <summary>Logs one entry per listed record and saves them before the list leaves.</summary>
    public async Task ListedAsync(HttpContext http, AccessedRecord recordType, IEnumerable<Guid> recordIds, CancellationToken cancellationToken)
    {
        foreach (var id in recordIds)
        {
            Add(http, AccessAction.List, recordType, id);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
