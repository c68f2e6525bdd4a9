using System.Security.Claims;
using Platform.ServiceDefaults.Authentication;

namespace PlatformConsole.SignIn;

/// <summary>What the console keeps of the signed-in user, in the encrypted cookie: the platform's claims and the token.</summary>
internal static class ConsoleClaims
{
    public const string AccessTokenType = "access_token";

    public static string? AccessToken(ClaimsPrincipal user) => user.FindFirst(AccessTokenType)?.Value;

    public static string? Role(ClaimsPrincipal user) => user.FindFirst(PlatformClaimTypes.Role)?.Value;

    public static string? Unit(ClaimsPrincipal user) => user.FindFirst(PlatformClaimTypes.Unit)?.Value;

    public static string? Municipality(ClaimsPrincipal user) => user.FindFirst(PlatformClaimTypes.Municipality)?.Value;

    public static string? Region(ClaimsPrincipal user) => user.FindFirst(PlatformClaimTypes.Region)?.Value;

    public static bool IsRegion(ClaimsPrincipal user) => Region(user) is not null;

    public static bool HasRole(ClaimsPrincipal user, params string[] roles) => Role(user) is { } role && roles.Contains(role);
}
