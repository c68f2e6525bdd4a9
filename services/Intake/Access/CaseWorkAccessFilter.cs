using Platform.BuildingBlocks.Authorization;
using Platform.Contracts.Tenancy;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Intake.Access;

/// <summary>Case data is for municipal staff who work on cases; a region or an operator never gets it.</summary>
internal sealed class CaseWorkAccessFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var user = context.HttpContext.RequestServices.GetRequiredService<CurrentUser>();
        if (user.Tenant.Kind != TenantKind.Municipality || !user.IsInRole(IntakeRoles.CaseWork))
        {
            return ValueTask.FromResult<object?>(Problems.Forbidden(
                AccessRules.CaseworkRoles, "Only the municipality's case workers and their managers may work with reports."));
        }

        return next(context);
    }
}
