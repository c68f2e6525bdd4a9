using Assessment.Data;
using Assessment.Domain.Assessments;
using Assessment.Domain.Delegation;
using Assessment.Features.GetAssessment;
using Assessment.Features.Shared;
using Platform.BuildingBlocks.Messaging;
using Platform.BuildingBlocks.Persistence;
using Platform.Contracts.Assessment;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Problems;

namespace Assessment.Features.DecideAssessment;

/// <summary>
/// Decides the assessment. The decider's role is checked against the municipality's delegation
/// order and the sub-delegations in force; a decision outside them is a 403 naming the rule. A late
/// decision is taken and recorded as late.
/// </summary>
internal static class DecideAssessmentEndpoint
{
    public static RouteGroupBuilder MapDecideAssessment(this RouteGroupBuilder group)
    {
        group.MapPost("/assessments/{id:guid}/decision", HandleAsync)
            .DocumentsJsonWrite<DecideAssessmentRequest, AssessmentDetails>(StatusCodes.Status200OK, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<IResult> HandleAsync(
        Guid id, HttpRequest http, AssessmentDbContext db, CurrentUser user, TimeProvider time, CancellationToken cancellationToken)
    {
        var (change, problem) = await db.PrepareDelegatedAsync<DecideAssessmentRequest, (AssessmentOutcome Outcome, string Reasoning, string? OverrideReason)>(
            id, http, user, time, (request, assessment, errors) => DecideAssessmentValidation.Validate(request, assessment, errors), d => DecisionRules.For(d.Outcome), cancellationToken);
        if (change is not { Assessment: var assessment, Request: var decision })
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

        var feedbackPeriod = await db.FeedbackPeriodAsync(change.Now, cancellationToken);
        assessment.Decide(decision.Outcome, decision.Reasoning, decision.OverrideReason, change.Decider, change.Verdict, feedbackPeriod, change.Now);
        db.FeedbackTasks.AddRange(assessment.FeedbackTasks);
        db.AddEvent(AssessmentEvents.Decided(assessment));
        if (decision.Outcome == AssessmentOutcome.OpenInvestigation)
        {
            db.AddEvent(AssessmentEvents.InvestigationRequested(assessment));
        }

        return await db.SaveOrConflictAsync(cancellationToken) ?? Results.Ok(assessment.ToDetails(change.Now));
    }
}
