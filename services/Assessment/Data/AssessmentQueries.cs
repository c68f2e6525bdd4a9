using Assessment.Domain.Assessments;
using Microsoft.EntityFrameworkCore;

namespace Assessment.Data;

internal static class AssessmentQueries
{
    /// <summary>The assessment with everything it holds; null also for another municipality's id.</summary>
    public static Task<InitialAssessment?> LoadAssessmentAsync(this AssessmentDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Assessments
            .Include(a => a.Reports)
            .Include(a => a.Extensions)
            .Include(a => a.FeedbackTasks)
            .Include(a => a.Recordings.OrderBy(r => r.RecordedAt))
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
}
