using Microsoft.AspNetCore.Http;

namespace Platform.ServiceDefaults.Problems;

/// <summary>
/// Collects field-level errors for a validation problem. Field names are the request's JSON paths
/// (e.g. <c>child.identityNumber</c>) so a caller knows exactly which field to fix.
/// </summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    /// <summary>True when no error was added.</summary>
    public bool IsValid => _errors.Count == 0;

    /// <summary>Adds an error for a field.</summary>
    public ValidationErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
        return this;
    }

    /// <summary>Adds an error when the condition is false.</summary>
    public ValidationErrors Require(bool condition, string field, string message) =>
        condition ? this : Add(field, message);

    /// <summary>The errors, as a validation problem lists them.</summary>
    public IDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>A 400 validation problem naming each field.</summary>
    public IResult ToProblem() => Results.ValidationProblem(ToDictionary(), title: "The request has invalid fields.");
}
