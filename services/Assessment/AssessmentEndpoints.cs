using Assessment.Features.AccessLog;
using Assessment.Features.DecideAssessment;
using Assessment.Features.DelegationOrder;
using Assessment.Features.ExtendAssessment;
using Assessment.Features.GetAssessment;
using Assessment.Features.MunicipalSettings;
using Assessment.Features.RecordFeedback;
using Assessment.Features.Shared;
using Assessment.Features.SubDelegations;
using Assessment.Features.Worklist;
using Assessment.Features.WorkOnAssessment;
using Platform.ServiceDefaults.OpenApi;

namespace Assessment;

internal static class AssessmentEndpoints
{
    /// <summary>
    /// Every endpoint, under <c>/api/assessment</c> as the gateway forwards it, for the municipality's
    /// staff only; reads and writes of an assessment's case data are access-logged.
    /// </summary>
    public static WebApplication MapAssessmentEndpoints(this WebApplication app)
    {
        // Every endpoint may refuse: the read policy for all, a named rule for most writes.
        var api = app.MapGroup("/api/assessment").RequireAuthorization(AssessmentAccess.ReadPolicy).ProducesRuleProblem();
        api.MapGroup(string.Empty)
            .AddEndpointFilter<AccessLogFilter>()
            .MapGetAssessment()
            .MapWorkOnAssessment()
            .MapExtendAssessment()
            .MapDecideAssessment()
            .MapRecordFeedback();
        api.MapWorklist()
            .MapDelegationOrder()
            .MapSubDelegations()
            .MapMunicipalSettings()
            .MapAccessLog();
        return app;
    }
}
