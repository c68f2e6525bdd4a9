using Gateway.Operations;
using Gateway.Routing;
using Platform.Contracts.Hosting;
using Scalar.AspNetCore;

namespace Gateway.ApiReference;

/// <summary>
/// One API reference for the whole platform: <c>/scalar</c> lists every service's document, which
/// the gateway forwards as <c>/openapi/{service}.json</c> (<see cref="ServiceRoutes"/>), and the gateway's own
/// operator endpoints (<see cref="OperationsDocument"/>). Open in Development; elsewhere the
/// fallback policy asks for an authenticated user, as for the API itself.
/// </summary>
internal static class ApiReferenceEndpoints
{
    public static WebApplication MapApiReference(this WebApplication app)
    {
        var reference = app.MapScalarApiReference(options =>
        {
            options.WithTitle("Barn och unga — platform API").WithOpenApiRoutePattern(ServiceRoutes.DocumentPattern);
            foreach (var service in PlatformResources.Services)
            {
                options.AddDocument(service.Name, service.Project);
            }

            options.AddDocument(OperationsDocument.Name, "Operations");
        });
        if (app.Environment.IsDevelopment())
        {
            reference.AllowAnonymous();
        }

        return app;
    }
}
