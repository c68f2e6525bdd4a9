using Platform.Contracts;
using Platform.Contracts.Assessment;
using Platform.Contracts.Delegation;
using Platform.Contracts.Intake;
using Platform.Contracts.Investigation;
using Platform.ServiceDefaults.Problems;
using Quality.Data;
using Quality.Domain.Deviations;

namespace Quality.Features.Deviations;

/// <summary>
/// The deviations the platform raises itself: one for every statutory deadline an event reports missed, one for
/// every decision recorded without a valid delegation, one for every decision refused as outside it. The deviation's
/// id is the event's, so a redelivery or a replay raises none twice. The text names the rule, and for a refusal the
/// decision and the caller's role, never a person; the risk (2 × 2) waits for the unit manager's view.
/// </summary>
internal sealed class AutomaticDeviations(QualityDbContext db, TimeProvider time)
{
    public const string Platform = "platform";

    public async Task RaiseForAsync(IIntegrationEvent message, CancellationToken cancellationToken)
    {
        var raised = message switch
        {
            ProtectionAssessmentRecorded { WithinDeadline: false } e => Missed(e, e.ReportId, null, RuleIds.ProtectionAssessment),
            AssessmentDecided { IsStatutory: true, WithinStatutoryDeadline: false } e => Missed(e, e.AssessmentId, e.Unit, RuleIds.InitialAssessment),
            InvestigationConcluded { WithinStatutoryDeadline: false } e => Missed(e, e.InvestigationId, e.Unit, RuleIds.Investigation),
            InterventionStarted { StartedLate: true } e => Missed(e, e.InterventionId, null, RuleIds.NonExecutedDecision),
            DecisionRefused e => Raise(e.EventId, DeviationSource.OutsideDelegation, e.CaseId, e.Unit,
                $"A {KebabEnum.Name(e.Decision)} decision was refused as outside the delegation order, by rule {e.RefusedBy} ({e.DeciderRole})."),
            _ => null,
        };
        var outsideDelegation = message is AssessmentDecided { DelegationValid: false } decided
            ? Raise(SecondIdOf(decided.EventId), DeviationSource.OutsideDelegation, decided.AssessmentId, decided.Unit,
                $"The assessment decision was recorded without a valid delegation ({decided.DeciderRole}).")
            : null;
        foreach (var deviation in new[] { raised, outsideDelegation }.OfType<Deviation>())
        {
            if (await db.Deviations.FindAsync([deviation.Id], cancellationToken) is null)
            {
                db.Deviations.Add(deviation);
            }
        }
    }

    /// <summary>A second id drawn from the event's own, for the event that raises two deviations; the same on every replay.</summary>
    private static Guid SecondIdOf(Guid eventId)
    {
        var bytes = eventId.ToByteArray();
        bytes[0] ^= 0xFF;
        return new Guid(bytes);
    }

    private Deviation Missed(IIntegrationEvent message, Guid caseId, string? unit, string ruleId) =>
        Raise(message.EventId, DeviationSource.MissedDeadline, caseId, unit, $"The statutory deadline of rule {ruleId} was missed.");

    private Deviation Raise(Guid id, DeviationSource source, Guid caseId, string? unit, string description) =>
        Deviation.Report(id, source, caseId, unit, Platform, Platform, description, probability: 2, severity: 2, time.GetUtcNow());
}
