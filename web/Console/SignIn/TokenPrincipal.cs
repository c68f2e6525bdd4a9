using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.IdentityModel.JsonWebTokens;
using Platform.ServiceDefaults.Authentication;

namespace PlatformConsole.SignIn;

/// <summary>
/// The console's user made from the platform token it was given: the token's own claims (who, where,
/// which role) and the token itself, to send with every API call. The API validates the token; the
/// console only reads it to show the user who they are.
/// </summary>
internal static class TokenPrincipal
{
    // Only what the console shows or decides its menu by; the API reads the token itself.
    private static readonly HashSet<string> Kept = [PlatformClaimTypes.Subject, PlatformClaimTypes.Name, PlatformClaimTypes.Role,
        PlatformClaimTypes.Municipality, PlatformClaimTypes.Region, PlatformClaimTypes.Unit, PlatformClaimTypes.Qualified];

    public static ClaimsPrincipal From(string accessToken)
    {
        var token = new JsonWebToken(accessToken);
        var claims = token.Claims.Where(c => Kept.Contains(c.Type)).Select(c => new Claim(c.Type, c.Value)).ToList();
        claims.Add(new Claim(ConsoleClaims.AccessTokenType, accessToken));
        return new ClaimsPrincipal(new ClaimsIdentity(
            claims, CookieAuthenticationDefaults.AuthenticationScheme, PlatformClaimTypes.Name, PlatformClaimTypes.Role));
    }

    /// <summary>When the token expires; the cookie expires with it.</summary>
    public static DateTimeOffset ExpiresAt(string accessToken) => new JsonWebToken(accessToken).ValidTo;
}
