using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Platform.ServiceDefaults.Problems;

/// <summary>
/// A query or route value the framework cannot bind (<c>?recordId=abc</c>, <c>?year=x</c>) is a 400 naming the
/// parameter, as every other bad input is, instead of the framework's 500 in Development and its empty 400 elsewhere.
/// </summary>
internal sealed partial class BadRequestProblems : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || httpContext.Response.HasStarted)
        {
            return false;
        }

        // Only the parameter's name is reported: the message quotes the value, which may be personal.
        var result = bad.StatusCode == StatusCodes.Status400BadRequest
            ? new ValidationErrors().Add(FieldOf(bad), "Not valid here: wrong type or format.").ToProblem()
            : Results.Problem(statusCode: bad.StatusCode);
        await result.ExecuteAsync(httpContext);
        return true;
    }

    private static string FieldOf(BadHttpRequestException bad) =>
        bad.InnerException is JsonException { Path: { } path } && path != "$" ? path.TrimStart('$', '.')
        : Parameter().Match(bad.Message) is { Success: true } match ? match.Groups["name"].Value
        : "body";

    /// <summary>The framework's messages name the parameter as <c>parameter "Nullable&lt;Guid&gt; recordId"</c>.</summary>
    [GeneratedRegex("parameter \"(?:[^\"]* )?(?<name>[^\" ]+)\"", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Parameter();
}
