using Assessment.Data;
using Assessment.Domain.Assessments;
using Assessment.Features.GetAssessment;
using Assessment.Features.Shared;
using Platform.BuildingBlocks.Casework;
using Platform.BuildingBlocks.Idempotency;
using Platform.BuildingBlocks.Messaging;
using Platform.BuildingBlocks.Persistence;
using Platform.Contracts.Delegation;
using Platform.Rules;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Problems;

namespace Assessment.Features.ExtendAssessment;

/// <summary>
/// Extends the deadline: only with a documented reason (synnerliga skäl) and a new date, by a delegate the
/// delegation order in force (or a sub-delegation in force) allows, and only before the rule's own
/// deadline has passed (409 after). The rule's own deadline stays beside the extended one.
/// </summary>
internal static class ExtendAssessmentEndpoint
{
    public static RouteGroupBuilder MapExtendAssessment(this RouteGroupBuilder group)
    {
        group.MapPost("/assessments/{id:guid}/extensions", HandleAsync)
            .DocumentsJsonWrite<ExtendAssessmentRequest, AssessmentDetails>(StatusCodes.Status201Created, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .AcceptsIdempotencyKey();
        return group;
    }

    private static async Task<IResult> HandleAsync(
        Guid id, HttpRequest http, AssessmentDbContext db, CurrentUser user, TimeProvider time, CancellationToken cancellationToken)
    {
        var (change, problem) = await db.PrepareDelegatedAsync<ExtendAssessmentRequest, ValidExtension>(
            id, http, user, time, (request, assessment, errors) => ExtensionValidation.Validate(request.NewDueDate, request.Reason, assessment.DueAt, errors),
            _ => DecisionType.ExtendAssessment, cancellationToken);
        if (change is not { Assessment: var assessment, Request: var extension })
        {
            return problem!;
        }

        if (!assessment.MayStillBeExtended(change.Now))
        {
            return Problems.Conflict(
                $"The deadline of {assessment.Reference().Display} passed at the end of {StockholmCalendar.LastDayBefore(assessment.OriginalDueAt):yyyy-MM-dd}: " +
                "an extension is decided before it passes, never after. A late decision is still taken, and recorded as late.");
        }

        var recorded = assessment.Extend(extension.NewDueAt, extension.Reason, change.Decider, change.Verdict, change.Now);
        db.Extensions.Add(recorded);
        db.AddEvent(AssessmentEvents.Extended(assessment, recorded));
        return await db.SaveOrConflictAsync(cancellationToken)
            ?? Results.Created($"/api/assessment/assessments/{id}", await db.ShowAsync(assessment, user, change.Now, cancellationToken));
    }
}
