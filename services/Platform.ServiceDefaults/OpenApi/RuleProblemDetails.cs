using Microsoft.AspNetCore.Mvc;

namespace Platform.ServiceDefaults.OpenApi;

/// <summary>The shape of a 403 refused by a rule: a problem with the rule's id in <c>rule</c>.</summary>
public sealed class RuleProblemDetails : ProblemDetails
{
    /// <summary>The refusing rule, e.g. a delegation rule or the secrecy rule.</summary>
    public string Rule { get; init; } = "";
}
