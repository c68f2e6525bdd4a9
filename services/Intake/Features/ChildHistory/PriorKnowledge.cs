using Intake.Data;
using Microsoft.EntityFrameworkCore;

namespace Intake.Features.ChildHistory;

/// <summary>Every report about a child that intake holds, newest first; the tenant filter keeps it to one municipality.</summary>
internal static class PriorKnowledge
{
    public static Task<List<PriorReport>> ForChildAsync(IntakeDbContext db, Guid childId, CancellationToken cancellationToken) =>
        db.Reports
            .Where(r => r.ChildId == childId)
            .OrderByDescending(r => r.ReceivedAt)
            .ThenByDescending(r => r.CaseNumber)
            .Select(r => new PriorReport(r.Id, r.CaseNumber, r.ReceivedAt, r.Classification, r.Status))
            .ToListAsync(cancellationToken);
}
