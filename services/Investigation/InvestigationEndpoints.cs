using Investigation.Access;
using Investigation.Features.DecideInvestigation;
using Investigation.Features.ExtendInvestigation;
using Investigation.Features.GetInvestigation;
using Investigation.Features.IvoReport;
using Investigation.Features.RecordDocumentation;
using Investigation.Features.TrackInterventions;
using Investigation.Features.Worklist;
using Platform.BuildingBlocks.AccessLog;
using Platform.BuildingBlocks.Authorization;
using Platform.ServiceDefaults.OpenApi;

namespace Investigation;

internal static class InvestigationEndpoints
{
    /// <summary>
    /// Every endpoint, under <c>/api/investigation</c> as the gateway forwards it, for the municipality's
    /// staff only; reads and writes of an investigation's case data are checked against the caller's unit and access-logged.
    /// </summary>
    public static WebApplication MapInvestigationEndpoints(this WebApplication app)
    {
        // Every endpoint may refuse with a 403 naming its rule: the staff roles for all, more for most writes.
        var api = app.MapGroup("/api/investigation")
            .RequireStaffRoles(CaseworkAccess.ReadRoles, "Only the municipality's staff who work with, manage or review investigations may read them.")
            .ProducesRuleProblem();
        api.MapGroup(string.Empty)
            .AddEndpointFilter<CaseAccessFilter>()
            .MapGetInvestigation()
            .MapInformGuardians()
            .MapRecordDocumentation()
            .MapExtendInvestigation()
            .MapDecideInvestigation()
            .MapTrackInterventions();
        api.MapWorklist()
            .MapIvoReport()
            .MapAccessLogReview();
        return app;
    }
}
