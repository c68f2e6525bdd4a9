using Intake.Access;
using Intake.Data;
using Intake.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.AccessLog;
using Platform.Rules;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Problems;

namespace Intake.Features.Worklist;

/// <summary>
/// <c>GET /api/intake/reports?status=awaiting-protection-assessment&amp;unit=...</c>: the caller's
/// municipality's reports, the earliest deadline first, overdue ones marked.
/// </summary>
internal static class WorklistEndpoint
{
    public const int MaxItems = 500;

    public static RouteGroupBuilder MapWorklist(this RouteGroupBuilder group)
    {
        group.MapGet("/reports", HandleAsync)
            .Produces<WorklistResponse>()
            .ProducesValidationProblem();
        return group;
    }

    private static async Task<IResult> HandleAsync(
        [WireEnum(typeof(ReportStatus))] string? status,
        string? unit,
        IntakeDbContext db,
        AccessLogWriter log,
        UnitAccess units,
        CurrentUser user,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        ReportStatus? wanted = status is null ? null : KebabEnum.Require<ReportStatus>(status, "status", errors);
        errors.Require(unit is null || unit.Length <= IntakeLimits.UnitLength, "unit", $"At most {IntakeLimits.UnitLength} characters.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        unit = string.IsNullOrWhiteSpace(unit) ? null : unit.Trim();
        if (units.Refusal(unit) is { } refused)
        {
            return refused;
        }

        var reports = db.Reports.AsNoTracking();
        if (wanted is { } s)
        {
            reports = reports.Where(r => r.Status == s);
        }

        if (unit is not null)
        {
            reports = reports.Where(r => r.Unit == unit);
        }
        else if (user.Unit is { } own)
        {
            // The caller's own unit, and the cases no unit has taken yet.
            reports = reports.Where(r => r.Unit == own || r.Unit == null);
        }

        var now = time.GetUtcNow();
        var rows = await reports
            .Join(db.Children, r => r.ChildId, c => c.Id, (r, c) => new { Report = r, c.ProtectedIdentity })
            .OrderBy(x => x.Report.ProtectionAssessmentDueAt == null)
            .ThenBy(x => x.Report.ProtectionAssessmentDueAt)
            .ThenBy(x => x.Report.ReceivedAt)
            .Take(MaxItems + 1)
            .ToListAsync(cancellationToken);
        var items = rows.Take(MaxItems).Select(x => new WorklistItem(
            x.Report.Id, x.Report.CaseNumber, x.Report.ChildId, x.ProtectedIdentity, x.Report.ReceivedAt, x.Report.Classification,
            x.Report.Status, x.Report.Unit, x.Report.ProtectionAssessmentDueAt,
            x.Report.Status == ReportStatus.AwaitingProtectionAssessment && x.Report.ProtectionAssessmentDueAt is { } due && RuleCatalogue.IsOverdue(due, now))).ToList();
        await log.ShownAsync(AccessAction.List, IntakeAccess.ReportRecord, items.Select(i => i.ReportId), cancellationToken);
        return Results.Ok(new WorklistResponse(items, rows.Count > MaxItems));
    }
}
