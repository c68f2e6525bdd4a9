using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Components.Authorization;
using PlatformConsole.SignIn;

namespace PlatformConsole.Gateway;

/// <summary>
/// The gateway's API as the signed-in user: every request carries the token kept in the user's
/// encrypted cookie. The token is added here rather than by a message handler because the factory
/// builds handlers in a scope of its own, where the circuit's user is unknown.
/// </summary>
internal sealed class GatewayApi(HttpClient http, AuthenticationStateProvider authentication)
{
    public Task<ApiResult> GetAsync(string path, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, path, null, cancellationToken);

    public Task<ApiResult> PostAsync(string path, object body, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, path, body, cancellationToken);

    public Task<ApiResult> PutAsync(string path, object body, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, path, body, cancellationToken);

    private async Task<ApiResult> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: ApiJson.Options);
        }

        var user = (await authentication.GetAuthenticationStateAsync()).User;
        if (ConsoleClaims.AccessToken(user) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var json = await ReadJsonAsync(response, cancellationToken);
        return new ApiResult(response.StatusCode, json, response.IsSuccessStatusCode ? null : ApiProblem.From(response.StatusCode, json));
    }

    private static async Task<JsonElement?> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        if (!mediaType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        return document.RootElement.Clone();
    }
}
