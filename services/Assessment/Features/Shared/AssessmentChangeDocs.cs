using Assessment.Features.GetAssessment;

namespace Assessment.Features.Shared;

/// <summary>What a change to an open assessment answers, for its OpenAPI description.</summary>
internal static class AssessmentChangeDocs
{
    /// <summary>The request body; the assessment after the change; 400, 404 and 409 (no longer open, or a concurrent change).</summary>
    public static RouteHandlerBuilder DocumentsAssessmentChange<TRequest>(this RouteHandlerBuilder endpoint, int status = StatusCodes.Status200OK)
        where TRequest : class =>
        endpoint
            .Accepts<TRequest>("application/json")
            .Produces<AssessmentDetails>(status)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
