using Assessment.Data;
using Assessment.Domain.Investigations;
using Microsoft.EntityFrameworkCore;

namespace Assessment.Consumers;

/// <summary>
/// Keeps what the investigation service announces about a child's investigation. Its opening and its
/// closing may arrive in either order: whichever comes first makes the record, and a closing is kept.
/// </summary>
internal static class OngoingInvestigations
{
    public static async Task NoteAsync(
        this AssessmentDbContext db, Guid investigationId, Guid childId, DateTimeOffset openedAt, DateTimeOffset? closedAt, CancellationToken cancellationToken)
    {
        var known = await db.OngoingInvestigations.FirstOrDefaultAsync(i => i.Id == investigationId, cancellationToken);
        if (known is null)
        {
            db.OngoingInvestigations.Add(new OngoingInvestigation
            {
                Id = investigationId, ChildId = childId, OpenedAt = openedAt.ToUniversalTime(), ClosedAt = closedAt?.ToUniversalTime(),
            });
            return;
        }

        known.ClosedAt ??= closedAt?.ToUniversalTime();
    }
}
