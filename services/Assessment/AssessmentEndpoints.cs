using Assessment.Access;
using Assessment.Features.DecideAssessment;
using Assessment.Features.DelegationOrder;
using Assessment.Features.ExtendAssessment;
using Assessment.Features.GetAssessment;
using Assessment.Features.MunicipalSettings;
using Assessment.Features.RecordFeedback;
using Assessment.Features.SubDelegations;
using Assessment.Features.UrgentDecisions;
using Assessment.Features.Worklist;
using Assessment.Features.WorkOnAssessment;
using Platform.BuildingBlocks.AccessLog;
using Platform.BuildingBlocks.Casework;

namespace Assessment;

internal static class AssessmentEndpoints
{
    /// <summary>
    /// Every endpoint, under <c>/api/assessment</c> as the gateway forwards it, for the municipality's
    /// staff only; reads and writes of an assessment's case data are checked against the caller's unit and access-logged.
    /// </summary>
    public static WebApplication MapAssessmentEndpoints(this WebApplication app)
    {
        var (api, cases) = app.MapCaseworkGroups("/api/assessment",
            "Only the municipality's staff who work with, manage or review assessments may read them.",
            AssessmentCases.AccessFilter);
        cases.MapGetAssessment()
            .MapWorkOnAssessment()
            .MapExtendAssessment()
            .MapDecideAssessment()
            .MapRecordFeedback();
        api.MapWorklist()
            .MapDelegationOrder()
            .MapSubDelegations()
            .MapUrgentDecisions()
            .MapMunicipalSettings()
            .MapAccessLogReview();
        return app;
    }
}
