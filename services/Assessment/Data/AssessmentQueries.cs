using Assessment.Domain.Assessments;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Persistence;

namespace Assessment.Data;

internal static class AssessmentQueries
{
    /// <summary>The assessment with everything it holds, as of one moment; null also for another municipality's id.</summary>
    public static Task<InitialAssessment?> LoadAssessmentAsync(this AssessmentDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.InOneSnapshotAsync(token => db.Assessments
            .Include(a => a.Reports)
            .Include(a => a.Extensions)
            .Include(a => a.FeedbackTasks)
            .Include(a => a.Recordings.OrderBy(r => r.RecordedAt))
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == id, token), cancellationToken);
}
