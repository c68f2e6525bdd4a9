using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Platform.Contracts.Tenancy;

namespace Platform.ServiceDefaults.Authentication;

/// <summary>The authenticated caller, read from the token's claims.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    private ClaimsPrincipal Principal =>
        accessor.HttpContext?.User ?? throw new InvalidOperationException("No request is in progress.");

    /// <summary>The user's id.</summary>
    public string Id => Claim(PlatformClaimTypes.Subject) ?? string.Empty;

    /// <summary>The user's name as the token gives it.</summary>
    public string Name => Claim(PlatformClaimTypes.Name) ?? string.Empty;

    /// <summary>The user's role.</summary>
    public string Role => Claim(PlatformClaimTypes.Role) ?? string.Empty;

    /// <summary>The user's unit, if any.</summary>
    public string? Unit => Claim(PlatformClaimTypes.Unit);

    /// <summary>Whether the user has the social-work qualification (3 kap 3 a § SoL).</summary>
    public bool IsQualified => bool.TryParse(Claim(PlatformClaimTypes.Qualified), out var q) && q;

    /// <summary>The tenant the token belongs to.</summary>
    public TenantId Tenant => TenantId.Parse(Claim(PlatformClaimTypes.Municipality) ?? Claim(PlatformClaimTypes.Region) ?? string.Empty);

    /// <summary>Whether the user has one of the roles.</summary>
    public bool IsInRole(params string[] roles) => roles.Contains(Role, StringComparer.Ordinal);

    private string? Claim(string type) => Principal.FindFirst(type)?.Value;
}
