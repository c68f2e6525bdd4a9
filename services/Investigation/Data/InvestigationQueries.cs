using Investigation.Domain.Investigations;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Persistence;

namespace Investigation.Data;

internal static class InvestigationQueries
{
    /// <summary>The investigation with everything it holds, as of one moment; null also for another municipality's id.</summary>
    public static Task<ChildInvestigation?> LoadInvestigationAsync(this InvestigationDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.InOneSnapshotAsync(token => db.Investigations
            .Include(i => i.Reports)
            .Include(i => i.Extensions)
            .Include(i => i.Documentation)
            .Include(i => i.Interventions)
            .AsSplitQuery()
            .FirstOrDefaultAsync(i => i.Id == id, token), cancellationToken);

    /// <summary>The child's open investigation, with its reports, if there is one.</summary>
    public static Task<ChildInvestigation?> OpenInvestigationOfAsync(this InvestigationDbContext db, Guid childId, CancellationToken cancellationToken) =>
        db.Investigations.Include(i => i.Reports)
            .FirstOrDefaultAsync(i => i.ChildId == childId && i.Status == InvestigationStatus.Open, cancellationToken);

    /// <summary>The child's most recently closed investigation, for the chained-investigation flag.</summary>
    public static Task<ChildInvestigation?> LastClosedOfAsync(this InvestigationDbContext db, Guid childId, CancellationToken cancellationToken) =>
        db.Investigations
            .Where(i => i.ChildId == childId && i.Status == InvestigationStatus.Closed)
            .OrderByDescending(i => i.ClosedAt)
            .FirstOrDefaultAsync(cancellationToken);
}
