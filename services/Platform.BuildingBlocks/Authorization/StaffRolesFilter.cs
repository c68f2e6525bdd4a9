using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Tenancy;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Platform.BuildingBlocks.Authorization;

/// <summary>
/// Case data is for the municipality's own staff in the roles a service names; a region or an
/// operator never gets it. The refusal names <see cref="AccessRules.CaseworkRoles"/>, the same in
/// every service.
/// </summary>
public static class StaffRolesFilter
{
    /// <summary>Refuses every endpoint of the group to callers outside the roles, with a 403 naming the rule.</summary>
    public static TBuilder RequireStaffRoles<TBuilder>(this TBuilder builder, IReadOnlyCollection<string> roles, string detail)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter((context, next) =>
        {
            var user = context.HttpContext.RequestServices.GetRequiredService<CurrentUser>();
            return user.Tenant.Kind == TenantKind.Municipality && roles.Contains(user.Role, StringComparer.Ordinal)
                ? next(context)
                : ValueTask.FromResult<object?>(Problems.Forbidden(AccessRules.CaseworkRoles, detail));
        });
}
