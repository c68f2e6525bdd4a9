using Assessment.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using Platform.Rules;

namespace Assessment.Data;

internal static class SettingsQueries
{
    /// <summary>The reporter-feedback period in force for this municipality on the day of <paramref name="now"/>.</summary>
    public static async Task<RulePeriod> FeedbackPeriodAsync(this AssessmentDbContext db, DateTimeOffset now, CancellationToken cancellationToken) =>
        MunicipalSettings.FeedbackPeriod(await db.Settings.FirstOrDefaultAsync(cancellationToken), StockholmCalendar.LocalDate(now));
}
