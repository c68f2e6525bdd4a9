using Platform.BuildingBlocks.AccessLog;
using Platform.BuildingBlocks.Authorization;
using Platform.ServiceDefaults.OpenApi;
using Quality.Access;
using Quality.Features.AnnualReport;
using Quality.Features.Deviations;
using Quality.Features.GetIndicators;
using Quality.Features.ListIndicatorCases;
using Quality.Features.RebuildProjections;
using Quality.Features.SelfAudit;

namespace Quality;

internal static class QualityEndpoints
{
    /// <summary>
    /// Every endpoint under <c>/api/quality</c> as the gateway forwards it: the municipality's indicators for its
    /// staff, the cases behind them for its quality staff and managers (access-logged), the rebuild, and deviations
    /// with their Lex Sarah escalation.
    /// </summary>
    public static WebApplication MapQualityEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api/quality")
            .RequireStaffRoles(QualityAccess.ReadRoles, "Only the municipality's staff read its quality figures.")
            .ProducesRuleProblem();
        api.MapGroup(string.Empty)
            .MapGetIndicators()
            .MapListIndicatorCases()
            .MapRebuildProjections()
            .MapReportDeviation()
            .MapHandleDeviation()
            .MapDrawSample()
            .MapChecklist()
            .MapSelfAuditResults()
            .MapAnnualReport()
            .MapAccessLogReview();
        return app;
    }
}
