using Intake.Access;
using Intake.Data;
using Intake.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Authorization;
using Platform.Contracts;
using Platform.Rules;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Intake.Features.Shared;

/// <summary>
/// The checks a recording on a report starts with, in the order a caller can act on them: qualified
/// (403), exists (404), within the caller's unit or with a stated reason (403 naming the rule).
/// </summary>
internal sealed class ReportWork(IntakeDbContext db, CurrentUser user, UnitAccess units, TimeProvider time)
{
    /// <summary>The report to work on, or the refusal; <c>work</c> says what the caller tries to do, as the refusal puts it.</summary>
    public async Task<(Report? Report, IResult? Problem)> LoadAsync(Guid id, string work, CancellationToken cancellationToken)
    {
        if (!user.IsQualified)
        {
            var provision = RuleCatalogue.Provision(LegalProvisionIds.QualifiedStaff, StockholmCalendar.LocalDate(time.GetUtcNow()));
            return (null, Problems.Forbidden(AccessRules.QualifiedStaff,
                $"Only staff with a social-work degree or equivalent may {work} ({provision.Display})."));
        }

        var report = await db.Reports.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null)
        {
            return (null, Problems.NotFound("Report"));
        }

        return units.Refusal(report.Unit) is { } refused ? (null, refused) : (report, null);
    }
}
