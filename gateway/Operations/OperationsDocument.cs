using Platform.ServiceDefaults.OpenApi;

namespace Gateway.Operations;

/// <summary>
/// The gateway's own endpoints (the operators') have a document of their own beside the services', at
/// <see cref="Path"/>; like theirs, open in Development and for signed-in callers elsewhere.
/// </summary>
internal static class OperationsDocument
{
    public const string Name = "gateway";

    public const string Path = "/openapi/" + Name + ".json";

    public static WebApplicationBuilder AddOperationsDocument(this WebApplicationBuilder builder) => builder.AddServiceOpenApi();

    public static WebApplication MapOperationsDocument(this WebApplication app)
    {
        var document = app.MapOpenApi(Path);
        if (app.Environment.IsDevelopment())
        {
            document.AllowAnonymous();
        }

        return app;
    }
}
