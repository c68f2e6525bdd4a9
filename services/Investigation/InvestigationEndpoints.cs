using Investigation.Access;
using Investigation.Features.DecideInvestigation;
using Investigation.Features.ExtendInvestigation;
using Investigation.Features.GetInvestigation;
using Investigation.Features.IvoReport;
using Investigation.Features.RecordDocumentation;
using Investigation.Features.TrackInterventions;
using Investigation.Features.Worklist;
using Platform.BuildingBlocks.AccessLog;
using Platform.BuildingBlocks.Casework;

namespace Investigation;

internal static class InvestigationEndpoints
{
    /// <summary>
    /// Every endpoint, under <c>/api/investigation</c> as the gateway forwards it, for the municipality's
    /// staff only; reads and writes of an investigation's case data are checked against the caller's unit and access-logged.
    /// </summary>
    public static WebApplication MapInvestigationEndpoints(this WebApplication app)
    {
        var (api, cases) = app.MapCaseworkGroups("/api/investigation",
            "Only the municipality's staff who work with, manage or review investigations may read them.",
            InvestigationAccess.AccessFilter);
        cases.MapGetInvestigation()
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
