using Assessment.Data;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Authorization;

namespace Assessment.Access;

/// <summary>The assessment a route names, by its id or by a report's; a read through the report is logged against the assessment as well.</summary>
internal static class AssessmentCases
{
    public static readonly CaseAccessFilter<AssessmentDbContext> AccessFilter = new(FindAsync);

    private static async Task<CaseTarget?> FindAsync(AssessmentDbContext db, RouteValueDictionary route, CancellationToken cancellationToken)
    {
        var reportId = CaseTarget.RouteGuid(route, "reportId");
        var assessmentId = CaseTarget.RouteGuid(route, "id");
        if (reportId is { } report)
        {
            assessmentId = await db.Reports.Where(r => r.ReportId == report).Select(r => r.AssessmentId).FirstOrDefaultAsync(cancellationToken);
        }

        var found = assessmentId is { } id
            ? await db.Assessments.Where(a => a.Id == id).Select(a => new { a.Id, a.Unit }).FirstOrDefaultAsync(cancellationToken)
            : null;
        return found is null
            ? null
            : new CaseTarget(found.Unit, reportId is { } shown
                ? [(AssessmentAccess.AssessmentRecord, found.Id), (AssessmentAccess.ReportRecord, shown)]
                : [(AssessmentAccess.AssessmentRecord, found.Id)]);
    }
}
