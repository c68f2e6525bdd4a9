using Assessment.Data;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Assessment.Features.GetAssessment;

/// <summary>
/// <c>GET /api/assessment/assessments/{id}</c> and <c>GET /api/assessment/reports/{reportId}/assessment</c>:
/// another municipality's assessment is a 404, like one that does not exist.
/// </summary>
internal static class GetAssessmentEndpoints
{
    public static RouteGroupBuilder MapGetAssessment(this RouteGroupBuilder group)
    {
        group.MapGet("/assessments/{id:guid}", ByIdAsync).Produces<AssessmentDetails>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/reports/{reportId:guid}/assessment", ByReportAsync).Produces<AssessmentDetails>().ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<IResult> ByIdAsync(Guid id, AssessmentDbContext db, CurrentUser user, TimeProvider time, CancellationToken cancellationToken)
    {
        var assessment = await db.LoadAssessmentAsync(id, cancellationToken);
        return assessment is null ? Problems.NotFound("Assessment") : Results.Ok(await db.ShowAsync(assessment, user, time.GetUtcNow(), cancellationToken));
    }

    private static async Task<IResult> ByReportAsync(Guid reportId, AssessmentDbContext db, CurrentUser user, TimeProvider time, CancellationToken cancellationToken)
    {
        var assessmentId = await db.Reports.Where(r => r.ReportId == reportId).Select(r => r.AssessmentId).FirstOrDefaultAsync(cancellationToken);
        return assessmentId is { } id ? await ByIdAsync(id, db, user, time, cancellationToken) : Problems.NotFound("Assessment of the report");
    }
}
