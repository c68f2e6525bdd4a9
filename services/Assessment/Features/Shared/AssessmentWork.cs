using Assessment.Access;
using Assessment.Data;
using Assessment.Domain.Assessments;
using Platform.BuildingBlocks.Casework;

namespace Assessment.Features.Shared;

/// <summary>The checks every change to an open assessment starts with.</summary>
internal static class AssessmentWork
{
    public static readonly OpenCaseLoader<AssessmentDbContext, InitialAssessment> Cases = new(
        "Assessment",
        (db, id, cancellationToken) => db.LoadAssessmentAsync(id, cancellationToken),
        assessment => assessment.Status == AssessmentStatus.Open
            ? null
            : $"The assessment is {assessment.Status.ToString().ToLowerInvariant()}; only an open one can be changed.",
        AssessmentAccess.RefuseUnlessQualifiedCaseworker);
}
