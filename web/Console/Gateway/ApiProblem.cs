using System.Net;
using System.Text.Json;

namespace PlatformConsole.Gateway;

/// <summary>A problem the API answered: its field errors (400), the rule of a refusal (403), the parts still missing.</summary>
public sealed record ApiProblem(
    HttpStatusCode Status,
    string? Title,
    string? Detail,
    string? Rule,
    IReadOnlyDictionary<string, string[]> Errors,
    IReadOnlyList<string> MissingParts)
{
    public static ApiProblem From(HttpStatusCode status, JsonElement? body)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        var missing = new List<string>();
        if (body is not { ValueKind: JsonValueKind.Object } problem)
        {
            return new ApiProblem(status, null, null, null, errors, missing);
        }

        if (problem.TryGetProperty("errors", out var fields) && fields.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in fields.EnumerateObject())
            {
                errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                    ? [.. field.Value.EnumerateArray().Select(e => e.GetString() ?? "")]
                    : [field.Value.ToString()];
            }
        }

        if (problem.TryGetProperty("missingParts", out var parts) && parts.ValueKind == JsonValueKind.Array)
        {
            missing.AddRange(parts.EnumerateArray().Select(p => p.GetString() ?? ""));
        }

        return new ApiProblem(status, Text(problem, "title"), Text(problem, "detail"), Text(problem, "rule"), errors, missing);
    }

    /// <summary>The errors of one field, and of its sub-fields (<c>child</c> shows <c>child.identityNumber</c>'s too).</summary>
    public IEnumerable<string> ErrorsOf(string field) =>
        Errors.Where(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase)).SelectMany(e => e.Value);

    private static string? Text(JsonElement problem, string name) =>
        problem.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
