using System.Security.Claims;
using System.Text.Json;
using PlatformConsole.Gateway;

namespace PlatformConsole.SignIn;

/// <summary>Development sign-in: the gateway's /dev/token signs a token for the test user picked.</summary>
internal sealed class DevTokenSignIn(IHttpClientFactory clients)
{
    public async Task<(ClaimsPrincipal? User, string? Token, ApiProblem? Problem)> IssueAsync(TestUser user, CancellationToken cancellationToken)
    {
        using var gateway = clients.CreateClient(GatewayApiExtensions.AnonymousClient);
        using var response = await gateway.PostAsJsonAsync("/dev/token", user.TokenRequest(), ApiJson.Options, cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return (null, null, ApiProblem.From(response.StatusCode, body));
        }

        var token = body.GetProperty("accessToken").GetString()!;
        return (TokenPrincipal.From(token), token, null);
    }
}
