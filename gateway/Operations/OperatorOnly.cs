using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Problems;

namespace Gateway.Operations;

/// <summary>
/// The broker's error queues are the platform operator's, whatever tenant the token names: a 403 naming
/// <see cref="Rule"/> for every other role. The rule id lives here, not in the services' <c>AccessRules</c>,
/// because the gateway holds none of the services' building blocks.
/// </summary>
internal static class OperatorOnly
{
    public const string Rule = "platform-operations";

    public static RouteGroupBuilder RequireOperator(this RouteGroupBuilder group) =>
        group.AddEndpointFilter((context, next) =>
            context.HttpContext.RequestServices.GetRequiredService<CurrentUser>().IsInRole(PlatformRoles.Operator)
                ? next(context)
                : ValueTask.FromResult<object?>(Problems.Forbidden(Rule, "Only the platform's operators inspect and replay the broker's error queues.")))
            .ProducesRuleProblem();
}
