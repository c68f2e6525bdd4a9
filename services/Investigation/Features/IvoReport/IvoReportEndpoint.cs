using Investigation.Access;
using Investigation.Data;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.AccessLog;
using Platform.Rules;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Investigation.Features.IvoReport;

/// <summary>
/// <c>GET /api/investigation/ivo-report?quarter=2027-Q1&amp;format=json|csv</c>: the municipality's
/// quarterly report to IVO of favourable decisions not executed within three months, for quality staff
/// and managers. Every decision shown is access-logged.
/// </summary>
internal static class IvoReportEndpoint
{
    public static RouteGroupBuilder MapIvoReport(this RouteGroupBuilder group)
    {
        group.MapGet("/ivo-report", HandleAsync).Produces<IvoQuarterReport>().Produces<string>(contentType: "text/csv").ProducesValidationProblem();
        return group;
    }

    private static async Task<IResult> HandleAsync(
        string? quarter, string? format, InvestigationDbContext db, CurrentUser user, AccessLogWriter log, CancellationToken cancellationToken)
    {
        if (InvestigationAccess.RefuseUnlessQualityReader(user) is { } refused)
        {
            return refused;
        }

        var errors = new ValidationErrors();
        var parsed = IvoQuarter.Parse(quarter);
        errors.Require(parsed is not null, "quarter", "Required: a quarter, e.g. 2027-Q1.");
        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        errors.Require(format is null || csv || string.Equals(format, "json", StringComparison.OrdinalIgnoreCase), "format", "json or csv.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        // A decision can be on the quarter's report only once three months from it have run by the quarter's last day.
        var lastDay = StockholmCalendar.StartOf(parsed!.To);
        var reportable = await db.Interventions.Where(x => x.NotExecutedAt <= lastDay).AsNoTracking().ToListAsync(cancellationToken);
        var report = new IvoQuarterReport(parsed.ToString(), parsed.From, parsed.To, IvoReportRows.For(parsed, reportable));
        await log.ShownAsync(AccessAction.List, InvestigationAccess.InterventionRecord, report.Rows.Select(r => r.InterventionId), cancellationToken);
        return csv ? Results.Text(IvoReportCsv.Write(report), "text/csv") : Results.Ok(report);
    }
}
