using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.Contracts.Tenancy;

namespace Platform.ServiceDefaults.Authentication;

/// <summary>
/// Validates a bearer JWT (issuer, audience, lifetime, HS256 signature). JwtBearer cannot be
/// restored here, so this small handler calls <see cref="JsonWebTokenHandler"/> directly.
/// A token without a valid tenant or role is refused as well as a badly signed one.
/// </summary>
internal sealed class PlatformTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    TokenValidationParameters parameters,
    ValidatedTokens validated)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";
    private static readonly JsonWebTokenHandler Tokens = new() { MapInboundClaims = false };

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = header["Bearer ".Length..].Trim();
        if (!validated.TryGet(token, out var identity))
        {
            var result = await Tokens.ValidateTokenAsync(token, parameters);
            if (!result.IsValid)
            {
                // The exception type says why (expired, bad signature) without echoing the token.
                return AuthenticateResult.Fail(result.Exception?.GetType().Name ?? "invalid token");
            }

            identity = result.ClaimsIdentity;
            validated.Add(token, identity, new DateTimeOffset(result.SecurityToken.ValidTo, TimeSpan.Zero));
        }

        var tenantClaim = identity.FindFirst(PlatformClaimTypes.Municipality)?.Value ?? identity.FindFirst(PlatformClaimTypes.Region)?.Value;
        var role = identity.FindFirst(PlatformClaimTypes.Role)?.Value;
        if (!TenantId.TryParse(tenantClaim, out _) || role is null || !PlatformRoles.All.Contains(role))
        {
            return AuthenticateResult.Fail("token has no valid tenant or role");
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return base.HandleChallengeAsync(properties);
    }
}
