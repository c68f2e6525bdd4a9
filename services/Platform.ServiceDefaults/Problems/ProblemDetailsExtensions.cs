using Microsoft.Extensions.DependencyInjection;

namespace Platform.ServiceDefaults.Problems;

/// <summary>RFC 9457 problem details for every error the service returns.</summary>
public static class ProblemDetailsExtensions
{
    /// <summary>Adds problem details with the trace id, so an operator can find the request's trace.</summary>
    public static IServiceCollection AddPlatformProblemDetails(this IServiceCollection services)
    {
        // Binding failures throw in every environment, so that BadRequestProblems can name the parameter.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddExceptionHandler<BadRequestProblems>();
        return services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            // Without tracing there is no trace to find; the request id still ties the answer to the log.
            var activity = context.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpActivityFeature>()?.Activity;
            context.ProblemDetails.Extensions["traceId"] = activity?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
        });
    }
}
