using Intake.Data;
using Intake.Data.Entities;
using Platform.ServiceDefaults.Authentication;

namespace Intake.Access;

/// <summary>
/// Records who read or wrote which person's case data (DOMAIN.md §4). Writes are saved with the
/// change they describe; a read is saved before its answer leaves.
/// </summary>
internal sealed class AccessLog(IntakeDbContext db, CurrentUser user, TimeProvider time)
{
    public void Record(AccessAction action, AccessedRecord record, Guid recordId) =>
        db.AccessLog.Add(new AccessLogEntry
        {
            Id = Guid.CreateVersion7(),
            OccurredAt = time.GetUtcNow(),
            UserId = Staff.From(user).Id,
            UserRole = Staff.From(user).Role,
            Action = action,
            RecordType = record,
            RecordId = recordId,
        });

    public async Task RecordReadAsync(AccessAction action, AccessedRecord record, IEnumerable<Guid> recordIds, CancellationToken cancellationToken)
    {
        foreach (var id in recordIds)
        {
            Record(action, record, id);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
