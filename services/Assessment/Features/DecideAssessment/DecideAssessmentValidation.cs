using Assessment.Domain.Assessments;
using Platform.BuildingBlocks.Casework;
using Platform.BuildingBlocks.Delegation;
using Platform.Contracts.Assessment;
using Platform.Contracts.Tenancy;
using Platform.Rules;
using Platform.ServiceDefaults.Problems;

namespace Assessment.Features.DecideAssessment;

/// <summary>A checked decision, and the committee's, when the committee took it.</summary>
internal sealed record ValidDecision(DecisionInput Input, CommitteeDecision? Committee);

/// <summary>The checks on <see cref="DecideAssessmentRequest"/>: each error names its field, and nothing is written unless all pass.</summary>
internal static class DecideAssessmentValidation
{
    public static ValidDecision? Validate(DecideAssessmentRequest request, InitialAssessment assessment, DateTimeOffset now, ValidationErrors errors)
    {
        errors.Require(request.Outcome is not null, "outcome", "Required: open-investigation, do-not-open, investigation-already-ongoing or forwarded.");
        var reasoning = TextFields.Required(request.Reasoning, "reasoning", errors);
        var overrideReason = request.Outcome is { } outcome && assessment.NeedsViolenceOverride(outcome)
            ? TextFields.Required(request.ViolenceOverrideReason, "violenceOverrideReason", errors)
            : null;
        var (today, firstDay) = (StockholmCalendar.LocalDate(now), StockholmCalendar.LocalDate(assessment.ReceivedAt));
        var forwarding = ForwardingOf(request, assessment.TenantId, today, firstDay, errors);
        var committee = request.Committee is null ? null : CommitteeOf(request.Committee, today, firstDay, errors);
        return errors.IsValid ? new ValidDecision(new DecisionInput(request.Outcome!.Value, reasoning!, overrideReason, forwarding), committee) : null;
    }

    private static Forwarding? ForwardingOf(DecideAssessmentRequest request, string ownTenant, DateOnly today, DateOnly firstDay, ValidationErrors errors)
    {
        if (request.Outcome != AssessmentOutcome.Forwarded)
        {
            errors.Require(request.ForwardedTo is null, "forwardedTo", "Only with the outcome forwarded.");
            return null;
        }

        var to = request.ForwardedTo;
        errors.Require(to is not null, "forwardedTo", "Required: { municipality, on }.");
        errors.Require(to is null || (TenantId.TryParse(to.Municipality, out var code) && code.Kind == TenantKind.Municipality && code.Value != ownTenant),
            "forwardedTo.municipality", "Required: the receiving municipality's four-digit kommunkod, not this one.");
        errors.Require(to is null || (to.On is { } on && on <= today && on >= firstDay), "forwardedTo.on",
            "Required: yyyy-MM-dd, not before the report was received and not in the future.");
        return errors.IsValid ? new Forwarding(to!.Municipality!, to.On!.Value) : null;
    }

    private static CommitteeDecision? CommitteeOf(CommitteeRequest committee, DateOnly today, DateOnly firstDay, ValidationErrors errors)
    {
        if (committee.UrgentByChair == true)
        {
            // The chair decides between meetings; the decision is reported to the next one.
            errors.Require(committee.MeetingDate is null && committee.ProtocolParagraph is null, "committee",
                "An urgent decision of the chair has no meeting yet: leave out meetingDate and protocolParagraph.");
            return errors.IsValid ? new CommitteeDecision(true, null, null) : null;
        }

        errors.Require(committee.MeetingDate is { } meeting && meeting <= today && meeting >= firstDay, "committee.meetingDate",
            "Required: the day of the meeting, yyyy-MM-dd, not before the report was received and not in the future.");
        var paragraph = TextFields.Required(committee.ProtocolParagraph, "committee.protocolParagraph", errors, CaseworkColumns.ProtocolParagraph);
        return errors.IsValid ? new CommitteeDecision(false, committee.MeetingDate, paragraph) : null;
    }
}
