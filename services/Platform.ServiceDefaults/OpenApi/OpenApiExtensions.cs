using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.ServiceDefaults.OpenApi;

/// <summary>The service's OpenAPI document, which the gateway's API reference lists beside the others.</summary>
public static class OpenApiExtensions
{
    /// <summary>Where every service serves its document.</summary>
    public const string DocumentPath = "/openapi/v1.json";

    /// <summary>Adds the <c>v1</c> document: the bearer scheme, kebab-case enums, no servers of its own.</summary>
    public static WebApplicationBuilder AddServiceOpenApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer<BearerSecurityScheme>();
            options.AddSchemaTransformer<KebabCaseEnums>();
        });
        return builder;
    }

    /// <summary>Maps the document at <see cref="DocumentPath"/>, open to all: it describes the API, not data.</summary>
    public static WebApplication MapServiceOpenApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        return app;
    }

    /// <summary>
    /// Documents a write: its JSON body (read by the endpoint itself, so that a bad value is a field
    /// error), its answer, the 400 naming the fields, and the other problems it can return.
    /// </summary>
    public static RouteHandlerBuilder DocumentsJsonWrite<TRequest, TResponse>(this RouteHandlerBuilder endpoint, int status, params int[] problems)
        where TRequest : class
    {
        endpoint.Accepts<TRequest>("application/json").Produces<TResponse>(status).ProducesValidationProblem();
        foreach (var problem in problems)
        {
            endpoint.ProducesProblem(problem);
        }

        return endpoint;
    }

    /// <summary>Documents a 403 whose problem names the refusing rule, as <c>Problems.Forbidden</c> writes it.</summary>
    public static TBuilder ProducesRuleProblem<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status403Forbidden, typeof(RuleProblemDetails), ["application/problem+json"]));
}
