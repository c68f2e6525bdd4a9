using Platform.Contracts;
using Platform.Contracts.Assessment;
using Platform.Contracts.Intake;
using Platform.Contracts.Investigation;
using Platform.Contracts.Placements;
using Quality.Domain.Facts;
using Quality.Domain.SelfAudit;

namespace Quality.Features.Shared;

/// <summary>The rows an event reads, by id, so that a run of events loads them in one query per table.</summary>
internal static class EventFactKeys
{
    public static IEnumerable<(Type Row, Guid Id)> Of(IIntegrationEvent message) => message switch
    {
        ReportRegistered e => [(typeof(ReportFact), e.ReportId), (typeof(ChildFact), e.ChildId)],
        ProtectionAssessmentRecorded e => [(typeof(ReportFact), e.ReportId)],
        ReporterFeedbackGiven e => [(typeof(ReportFact), e.ReportId)],
        ReporterFeedbackNotGiven e => [(typeof(ReportFact), e.ReportId)],
        AssessmentOpened e => [(typeof(AssessmentFact), e.AssessmentId), (typeof(ChildFact), e.ChildId)],
        AssessmentDecided e => [(typeof(AssessmentFact), e.AssessmentId), (typeof(AssessmentExtension), e.AssessmentId)],
        InvestigationOpened e => [(typeof(InvestigationFact), e.InvestigationId), (typeof(AuditedInvestigation), e.InvestigationId)],
        InvestigationConcluded e => [(typeof(InvestigationFact), e.InvestigationId), (typeof(AuditedInvestigation), e.InvestigationId)],
        InvestigationClosed e => [(typeof(InvestigationFact), e.InvestigationId)],
        InterventionDecided e => [(typeof(InterventionFact), e.InterventionId), (typeof(InvestigationFact), e.InvestigationId)],
        InterventionStarted e => [(typeof(InterventionFact), e.InterventionId), (typeof(InvestigationFact), e.InvestigationId)],
        InterventionEndedUnexecuted e => [(typeof(InterventionFact), e.InterventionId)],
        PlacementDecided e => [(typeof(PlacementFact), e.InterventionId), (typeof(ChildFact), e.ChildId)],
        PlacementStarted e => [(typeof(PlacementFact), e.InterventionId)],
        _ => [],
    };

    /// <summary>The placement an event names by its placement id only (those after the start).</summary>
    public static Guid? PlacementOf(IIntegrationEvent message) => message switch
    {
        PlacementEnded e => e.PlacementId,
        PlacementReviewed e => e.PlacementId,
        PlacementVisitRecorded e => e.PlacementId,
        CustodyTransferConsidered e => e.PlacementId,
        _ => null,
    };
}
