using Investigation.Domain.Documentation;
using Investigation.Domain.Interventions;
using Investigation.Domain.Investigations;
using Platform.Contracts;
using Platform.Rules;

namespace Investigation.Features.GetInvestigation;

internal static class InvestigationDetailsMapper
{
    /// <summary>The investigation as shown; without <paramref name="showTexts"/> a protected child's free text stays hidden.</summary>
    public static InvestigationDetails ToDetails(this ChildInvestigation i, DateTimeOffset now, bool showTexts)
    {
        string? Text(string? text) => showTexts ? text : null;
        DocumentationEntry Entry(DocumentationRecord r) =>
            new(r.Id, r.Part, showTexts ? r.Read() : r.Read().WithoutTexts(), r.RecordedAt, r.RecordedByName);
        DocumentationEntry? Current(DocumentationPart part) => i.Current(part) is { } r ? Entry(r) : null;
        IReadOnlyList<DocumentationEntry> All(DocumentationPart part) =>
            [.. i.Documentation.Where(r => r.Part == part).OrderBy(r => r.RecordedAt).ThenBy(r => r.Id).Select(Entry)];
        var reference = i.Reference();
        return new(
            i.Id, i.ChildId, i.Status, i.Unit, i.Origin, i.AssessmentId, RuleIds.Investigation, reference.Display, reference.Verified,
            i.OpenedAt, i.StatutoryDueAt, StockholmCalendar.LastDayBefore(i.StatutoryDueAt), i.DueAt, StockholmCalendar.LastDayBefore(i.DueAt),
            i.IsOverdue(now), i.IsExtended, i.ChainedInvestigation, i.PreviousInvestigationId, i.HasViolenceConcern, i.RequiresPoliceReportStance,
            i.IsProtectedIdentity, !showTexts, i.ChildGender, i.ChildBirthYearMonth,
            i.GuardiansInformedOn is { } on ? new GuardiansInformedDetails(on, i.GuardiansInformedManner!.Value, i.GuardiansInformedRecordedAt, i.GuardiansInformedRecordedByName) : null,
            i.GuardiansNotInformed,
            i.MissingParts(),
            new DocumentationDetails(
                Current(DocumentationPart.InvestigationPlan), Current(DocumentationPart.ChildHeard), Current(DocumentationPart.ChildView),
                Current(DocumentationPart.RiskAssessment), Current(DocumentationPart.PoliceReport), Current(DocumentationPart.NeedsAssessment),
                Current(DocumentationPart.GuardiansAbility), Current(DocumentationPart.Conclusion),
                All(DocumentationPart.Consultation), All(DocumentationPart.Communication)),
            [.. i.Documentation.OrderBy(r => r.RecordedAt).ThenBy(r => r.Id).Select(Entry)],
            [.. i.Reports.OrderBy(r => r.ReceivedAt).Select(r => new ReportSummary(r.ReportId, r.Classification, r.ReceivedAt, r.AttachedAt))],
            [.. i.Extensions.OrderBy(e => e.ExtendedAt).Select(e => new ExtensionDetails(
                e.PreviousDueAt, e.NewDueAt, StockholmCalendar.LastDayBefore(e.NewDueAt), Text(e.Reason), e.ExtendedAt, e.ExtendedByName, e.ExtendedByRole,
                e.DelegationBasis, e.DelegationOrderVersion, e.SubDelegationId))],
            i.Outcome is { } outcome
                ? new DecisionDetails(outcome, Text(i.DecisionReasoning), i.ConcludedAt!.Value, i.ConcludedWithinDeadline == true, i.ConcludedWithinStatutoryDeadline == true,
                    i.DeciderName, i.DeciderRole, i.DelegationBasis, i.DelegationOrderVersion, i.SubDelegationId, i.CommitteeMeetingDate, i.CommitteeProtocolParagraph)
                : null,
            [.. i.Interventions.OrderBy(x => x.DecidedAt).ThenBy(x => x.Id).Select(x => x.ToDetails(now, showTexts))]);
    }

    public static InterventionDetails ToDetails(this Intervention x, DateTimeOffset now, bool showTexts) => new(
        x.Id, x.Kind, x.OpenCareType, showTexts ? x.OpenCareName : null, x.PlacementType, x.LegalBasis,
        showTexts ? x.ProviderOrganisationNumber : null, showTexts ? x.FosterHomeId : null, x.LongTermCare, x.ImmediateCustody,
        x.Decision, x.DelegationBasis, x.DecidedAt, x.DecidedOn, x.NotExecutedAt, x.NotExecutedFrom, x.IsNotExecuted(now),
        x.StartedOn, x.StartedLate, x.EndedOn, x.EndReason, x.DelayReason);
}
