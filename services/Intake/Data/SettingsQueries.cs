using Microsoft.EntityFrameworkCore;

namespace Intake.Data;

internal static class SettingsQueries
{
    /// <summary>The municipality's cut-off time for the protection assessment, or null for the rule's default.</summary>
    public static Task<TimeOnly?> ProtectionAssessmentCutOffAsync(this IntakeDbContext db, CancellationToken cancellationToken) =>
        db.MunicipalitySettings.Select(s => s.ProtectionAssessmentCutOff).SingleOrDefaultAsync(cancellationToken);
}
