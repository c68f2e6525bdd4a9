using System.Security.Claims;
using Platform.Contracts.Tenancy;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Gateway.DevTokens;

/// <summary>
/// <c>POST /dev/token</c>: signs a token for any user, so a newcomer and the tests can call the API.
/// Mapped only in Development; anywhere else the route does not exist (404).
/// </summary>
internal static class DevTokenEndpoint
{
    public static WebApplication MapDevTokens(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            // Reads Auth:SigningKey now, so a missing key stops start-up instead of the first token request.
            app.Services.GetRequiredService<TokenIssuer>();
            // A development aid, not part of the API the gateway's document describes.
            app.MapPost("/dev/token", Issue).AllowAnonymous().DisableRateLimiting().ExcludeFromDescription();
        }

        return app;
    }

    private static IResult Issue(DevTokenRequest request, TokenIssuer issuer)
    {
        var errors = new ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(request.Sub), "sub", "Required.")
            .Require(!string.IsNullOrWhiteSpace(request.Name), "name", "Required.")
            .Require(request.Role is not null && PlatformRoles.All.Contains(request.Role), "role", "One of: " + string.Join(", ", PlatformRoles.All) + ".")
            .Require((request.Municipality is null) != (request.Region is null), "municipality", "Give either a municipality or a region.");
        if (request.Municipality is not null)
        {
            errors.Require(TenantId.TryParse(request.Municipality, out var m) && m.Kind == TenantKind.Municipality, "municipality", "A four-digit kommunkod.");
        }

        if (request.Region is not null)
        {
            errors.Require(TenantId.TryParse(request.Region, out var r) && r.Kind == TenantKind.Region, "region", "A two-digit länskod.");
        }

        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        List<Claim> claims =
        [
            new(PlatformClaimTypes.Subject, request.Sub!),
            new(PlatformClaimTypes.Name, request.Name!),
            new(PlatformClaimTypes.Role, request.Role!),
            new(PlatformClaimTypes.Qualified, request.Qualified ? "true" : "false", ClaimValueTypes.Boolean),
            request.Municipality is not null
                ? new(PlatformClaimTypes.Municipality, request.Municipality)
                : new(PlatformClaimTypes.Region, request.Region!),
        ];
        if (!string.IsNullOrWhiteSpace(request.Unit))
        {
            claims.Add(new(PlatformClaimTypes.Unit, request.Unit));
        }

        var lifetime = TimeSpan.FromMinutes(Math.Clamp(request.LifetimeMinutes ?? 480, 1, 24 * 60));
        return Results.Ok(new { accessToken = issuer.Issue(claims, lifetime), tokenType = "Bearer", expiresIn = (int)lifetime.TotalSeconds });
    }
}
