using Intake.Access;
using Intake.Features.ChildHistory;
using Intake.Features.GetReport;
using Intake.Features.ReclassifyReport;
using Intake.Features.RecordProtectionAssessment;
using Intake.Features.RegisterReport;
using Intake.Features.Settings;
using Intake.Features.Worklist;
using Platform.BuildingBlocks.AccessLog;
using Platform.BuildingBlocks.Authorization;
using Platform.ServiceDefaults.OpenApi;

namespace Intake;

internal static class IntakeEndpoints
{
    public const string RoutePrefix = "/api/intake";

    /// <summary>
    /// Every endpoint, under <c>/api/intake</c> as the gateway forwards it. Case data is for the
    /// municipality's caseworkers and their managers; settings and the log review name their own roles.
    /// </summary>
    public static WebApplication MapIntakeEndpoints(this WebApplication app)
    {
        // Every endpoint may refuse with a 403 naming its rule.
        var api = app.MapGroup(RoutePrefix).ProducesRuleProblem();
        api.MapGroup(string.Empty)
            .RequireStaffRoles(IntakeAccess.CaseWork, "Only the municipality's case workers and their managers may work with reports.")
            .MapRegisterReport()
            .MapGetReport()
            .MapWorklist()
            .MapChildHistory()
            .MapRecordProtectionAssessment()
            .MapReclassifyReport();
        api.MapSettings()
            .MapAccessLogReview();
        return app;
    }
}
