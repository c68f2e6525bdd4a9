using Assessment.Access;
using Assessment.Data;
using Assessment.Domain.Assessments;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Assessment.Features.Shared;

/// <summary>The checks every change to an open assessment starts with.</summary>
internal static class AssessmentWork
{
    /// <summary>The open assessment a qualified caseworker or manager may record on, or the problem that stops them.</summary>
    public static async Task<(InitialAssessment? Assessment, IResult? Problem)> LoadOpenForWorkAsync(
        this AssessmentDbContext db, Guid id, CurrentUser user, DateTimeOffset now, CancellationToken cancellationToken) =>
        AssessmentAccess.RefuseUnlessQualifiedCaseworker(user, now) is { } refused
            ? (null, refused)
            : await db.LoadOpenAsync(id, cancellationToken);

    /// <summary>The open assessment, or 404 (also for another municipality's) or 409 when it is no longer open.</summary>
    public static async Task<(InitialAssessment? Assessment, IResult? Problem)> LoadOpenAsync(
        this AssessmentDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var assessment = await db.LoadAssessmentAsync(id, cancellationToken);
        if (assessment is null)
        {
            return (null, Problems.NotFound("Assessment"));
        }

        return assessment.Status == AssessmentStatus.Open
            ? (assessment, null)
            : (null, Problems.Conflict($"The assessment is {assessment.Status.ToString().ToLowerInvariant()}; only an open one can be changed."));
    }
}
