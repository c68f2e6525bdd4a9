using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Authorization;
using Platform.BuildingBlocks.Persistence;
using Platform.ServiceDefaults.OpenApi;

namespace Platform.BuildingBlocks.Casework;

/// <summary>The route groups of a service that works on cases.</summary>
public static class CaseworkRoutes
{
    /// <summary>
    /// Every route under the prefix the gateway forwards, for the municipality's staff who read case
    /// data (a 403 naming <see cref="AccessRules.CaseworkRoles"/> otherwise; every endpoint may refuse
    /// with a 403 naming its rule); and within it the routes of one case, checked against the caller's
    /// unit and access-logged by the service's filter.
    /// </summary>
    public static (RouteGroupBuilder Api, RouteGroupBuilder Cases) MapCaseworkGroups<TContext>(
        this IEndpointRouteBuilder app, string prefix, string staffOnlyDetail, CaseAccessFilter<TContext> caseFilter)
        where TContext : ServiceDbContext
    {
        var api = app.MapGroup(prefix)
            .RequireStaffRoles(CaseworkAccess.ReadRoles, staffOnlyDetail)
            .ProducesRuleProblem();
        return (api, api.MapGroup(string.Empty).AddEndpointFilter(caseFilter));
    }
}
