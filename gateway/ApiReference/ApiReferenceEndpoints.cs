using Gateway.Routing;
using Platform.Contracts.Hosting;
using Platform.ServiceDefaults.OpenApi;
using Scalar.AspNetCore;

namespace Gateway.ApiReference;

/// <summary>
/// One API reference for the whole platform: <c>/openapi/{service}.json</c> is each service's own
/// document, forwarded, and <c>/scalar</c> lists them all. Open in Development; elsewhere the
/// fallback policy asks for an authenticated user, as for the API itself.
/// </summary>
internal static class ApiReferenceEndpoints
{
    public const string DocumentPattern = "/openapi/{documentName}.json";

    public static WebApplication MapApiReference(this WebApplication app)
    {
        var endpoints = new List<IEndpointConventionBuilder>();
        foreach (var service in PlatformResources.Services)
        {
            endpoints.Add(app.MapForwarder(
                DocumentPattern.Replace("{documentName}", service.Name, StringComparison.Ordinal),
                ServiceRoutes.Address(app.Configuration, service),
                OpenApiExtensions.DocumentPath));
        }

        endpoints.Add(app.MapScalarApiReference(options =>
        {
            options.WithTitle("Barn och unga — platform API").WithOpenApiRoutePattern(DocumentPattern);
            foreach (var service in PlatformResources.Services)
            {
                options.AddDocument(service.Name, service.Project);
            }
        }));
        if (app.Environment.IsDevelopment())
        {
            endpoints.ForEach(e => e.AllowAnonymous());
        }

        return app;
    }
}
