using Assessment.Data;
using Assessment.Domain.Assessments;
using Platform.ServiceDefaults.Authentication;

namespace Assessment.Features.GetAssessment;

/// <summary>What a caller is shown of an assessment: about a child with a protected identity, the texts only to the roles the municipality names.</summary>
internal static class AssessmentViews
{
    public static async Task<AssessmentDetails> ShowAsync(
        this AssessmentDbContext db, InitialAssessment assessment, CurrentUser user, DateTimeOffset now, CancellationToken cancellationToken) =>
        assessment.ToDetails(now, showTexts: await db.ShowsTextsAsync(assessment, user, cancellationToken));

    public static async Task<bool> ShowsTextsAsync(this AssessmentDbContext db, InitialAssessment assessment, CurrentUser user, CancellationToken cancellationToken) =>
        !assessment.IsProtectedIdentity || await db.SeesProtectedTextsAsync(user.Role, cancellationToken);
}
