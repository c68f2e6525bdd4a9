using Assessment.Data;
using Assessment.Domain.Assessments;
using Assessment.Domain.Delegation;
using Assessment.Features.GetAssessment;
using Assessment.Features.Shared;
using Platform.BuildingBlocks.Idempotency;
using Platform.BuildingBlocks.Messaging;
using Platform.BuildingBlocks.Persistence;
using Platform.Contracts;
using Platform.Contracts.Assessment;
using Platform.Rules;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Problems;

namespace Assessment.Features.DecideAssessment;

/// <summary>
/// Decides the assessment. The decider's role is checked against the municipality's delegation order
/// in force and the sub-delegations in force (a decision outside them is a 403 naming the rule; without
/// an order, a 409); the committee's own decisions are entered by its secretary. The law refuses "do not
/// open" on violence by a närstående, and every decision waits for intake's protection assessment of
/// each anmälan (409). A late decision is taken and recorded as late.
/// </summary>
internal static class DecideAssessmentEndpoint
{
    public static RouteGroupBuilder MapDecideAssessment(this RouteGroupBuilder group)
    {
        group.MapPost("/assessments/{id:guid}/decision", HandleAsync)
            .DocumentsJsonWrite<DecideAssessmentRequest, AssessmentDetails>(StatusCodes.Status200OK, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .AcceptsIdempotencyKey();
        return group;
    }

    private static async Task<IResult> HandleAsync(
        Guid id, HttpRequest http, AssessmentDbContext db, CurrentUser user, TimeProvider time, CancellationToken cancellationToken)
    {
        var (change, problem) = await db.PrepareDelegatedAsync<DecideAssessmentRequest, ValidDecision>(
            id, http, user, time, (request, assessment, errors) => DecideAssessmentValidation.Validate(request, assessment, time.GetUtcNow(), errors),
            d => DecisionRules.For(d.Input.Outcome), cancellationToken, d => d.Committee);
        if (change is not { Assessment: var assessment, Request.Input: var decision })
        {
            return problem!;
        }

        var errors = new ValidationErrors();
        foreach (var missing in assessment.MissingBefore(decision.Outcome))
        {
            errors.Add(missing, "Must be recorded on the assessment before it is decided.");
        }

        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        if (Refusal(assessment, decision.Outcome, change.Now) is { } refused)
        {
            return refused;
        }

        var feedbackPeriod = await db.FeedbackPeriodAsync(change.Now, cancellationToken);
        assessment.Decide(decision, change.Decider, change.Verdict, feedbackPeriod, change.Now);
        db.FeedbackTasks.AddRange(assessment.FeedbackTasks);
        db.AddEvent(AssessmentEvents.Decided(assessment));
        if (decision.Outcome == AssessmentOutcome.OpenInvestigation)
        {
            db.AddEvent(AssessmentEvents.InvestigationRequested(assessment));
        }

        return await db.SaveOrConflictAsync(cancellationToken) ?? Results.Ok(await db.ShowAsync(assessment, user, change.Now, cancellationToken));
    }

    /// <summary>What the law does not let this decision be, or not yet (409).</summary>
    private static IResult? Refusal(InitialAssessment assessment, AssessmentOutcome outcome, DateTimeOffset now)
    {
        var today = StockholmCalendar.LocalDate(now);
        if (assessment.ForbidsNotOpening(outcome))
        {
            return Problems.Conflict(
                $"A report says the child may have been subjected to, or has witnessed, violence by a närstående: an investigation is opened without delay " +
                $"({RuleCatalogue.Provision(LegalProvisionIds.ViolenceByCloseRelative, today).Display}). \"Do not open\" is refused.");
        }

        var awaiting = assessment.ReportsAwaitingProtectionAssessment().Select(r => r.CaseNumber).ToList();
        return awaiting.Count == 0
            ? null
            : Problems.Conflict(
                $"The immediate protection assessment of {string.Join(", ", awaiting)} is not recorded at intake " +
                $"({RuleCatalogue.Reference(RuleIds.ProtectionAssessment, today).Display}): record it there before the assessment is decided.");
    }
}
