using System.Net;
using System.Text.Json;

namespace PlatformConsole.Gateway;

/// <summary>The API's answer: the body when it succeeded, the problem when it did not.</summary>
internal sealed record ApiResult(HttpStatusCode Status, JsonElement? Body, ApiProblem? Problem)
{
    public bool Succeeded => Problem is null;

    public JsonElement Json => Body ?? throw new InvalidOperationException($"The API answered {(int)Status} without a body.");

    public T? As<T>() => Body is { } body ? body.Deserialize<T>(ApiJson.Options) : default;
}
