using Assessment.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using Platform.Rules;

namespace Assessment.Data;

internal static class SettingsQueries
{
    /// <summary>The reporter-feedback period in force for this municipality on the day of <paramref name="now"/>.</summary>
    public static async Task<RulePeriod> FeedbackPeriodAsync(this AssessmentDbContext db, DateTimeOffset now, CancellationToken cancellationToken) =>
        MunicipalSettings.FeedbackPeriod(await db.Settings.FirstOrDefaultAsync(cancellationToken), StockholmCalendar.LocalDate(now));

    /// <summary>Whether the role sees the texts of an assessment about a child with a protected identity.</summary>
    public static async Task<bool> SeesProtectedTextsAsync(this AssessmentDbContext db, string role, CancellationToken cancellationToken) =>
        MunicipalSettings.ProtectedReaders(await db.Settings.FirstOrDefaultAsync(cancellationToken)).Contains(role, StringComparer.Ordinal);
}
