using Microsoft.AspNetCore.Authentication.JwtBearer;
using Platform.Contracts.Tenancy;

namespace Platform.ServiceDefaults.Authentication;

/// <summary>What a well-signed token must also carry: a valid tenant and a known role.</summary>
internal static class PlatformTokenChecks
{
    public static Task RequireTenantAndRole(TokenValidatedContext context)
    {
        var user = context.Principal;
        var tenant = user?.FindFirst(PlatformClaimTypes.Municipality)?.Value ?? user?.FindFirst(PlatformClaimTypes.Region)?.Value;
        var role = user?.FindFirst(PlatformClaimTypes.Role)?.Value;
        if (!TenantId.TryParse(tenant, out _) || role is null || !PlatformRoles.All.Contains(role))
        {
            context.Fail("token has no valid tenant or role");
        }

        return Task.CompletedTask;
    }
}
