using System.Text.Json;
using Microsoft.AspNetCore.Components;
using PlatformConsole.Gateway;

namespace PlatformConsole.Components.Shared;

/// <summary>
/// A page about one case: read from the API, written form by form. A write that succeeds reads the case again;
/// one that fails shows its problem at the form that sent it, and only there, so no two forms claim the same
/// field errors.
/// </summary>
public abstract class CasePage : ComponentBase
{
    private readonly Dictionary<string, ApiProblem> problems = new(StringComparer.Ordinal);

    /// <summary>The case as the API last answered it; null until read, or when it could not be.</summary>
    protected JsonElement? Case { get; private set; }

    /// <summary>Why the case could not be read.</summary>
    protected ApiProblem? LoadProblem { get; private set; }

    /// <summary>The case's path in the gateway's API; its writes are below it.</summary>
    protected abstract string Path { get; }

    [Inject]
    private protected GatewayApi Api { get; set; } = default!;

    protected override Task OnParametersSetAsync() => LoadAsync();

    /// <summary>The problem the API answered to the form's last send, if it is the last that failed.</summary>
    protected ApiProblem? ProblemOf(string form) => problems.GetValueOrDefault(form);

    /// <summary>A write a form below the page sends.</summary>
    protected Task SendAsync(CaseWrite write) =>
        write.Post ? PostAsync(write.Form, write.Action, write.Body) : PutAsync(write.Form, write.Action, write.Body);

    private protected Task<ApiResult?> PutAsync(string form, string part, object body) => SendAsync(form, Api.PutAsync($"{Path}/{part}", body));

    private protected Task<ApiResult?> PostAsync(string form, string part, object body) => SendAsync(form, Api.PostAsync($"{Path}/{part}", body));

    protected async Task LoadAsync()
    {
        var result = await Api.GetAsync(Path);
        (Case, LoadProblem) = (result.Succeeded ? result.Body : null, result.Problem);
    }

    /// <summary>The answer when the write succeeded (the case read again), null when it did not.</summary>
    private async Task<ApiResult?> SendAsync(string form, Task<ApiResult> request)
    {
        var result = await request;
        problems.Clear();
        if (result.Problem is { } problem)
        {
            problems[form] = problem;
            return null;
        }

        await LoadAsync();
        return result;
    }
}
