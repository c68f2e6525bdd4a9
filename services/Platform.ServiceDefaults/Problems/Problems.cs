using Microsoft.AspNetCore.Http;

namespace Platform.ServiceDefaults.Problems;

/// <summary>The problem responses the services share, each with a stable type and title.</summary>
public static class Problems
{
    /// <summary>404: also what a record of another municipality looks like, so a guessed id reveals nothing.</summary>
    public static IResult NotFound(string what) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"{what} was not found.");

    /// <summary>409: the request conflicts with the record's state.</summary>
    public static IResult Conflict(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict.", detail: detail);

    /// <summary>403 naming the rule that refused the action (e.g. a delegation rule).</summary>
    public static IResult Forbidden(string rule, string detail) =>
        Results.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "Not allowed by rule " + rule + ".",
            detail: detail,
            extensions: new Dictionary<string, object?> { ["rule"] = rule });
}
