namespace Gateway.Routing;

/// <summary>
/// The API's and the gateway's own paths: one that no route of theirs takes answers as it did before the
/// console came (401 without a token, by the fallback policy; 404 with one), and never reaches the console.
/// </summary>
internal static class ReservedPaths
{
    private static readonly string[] Prefixes = ["/api", "/openapi", "/dev", "/health", "/scalar"];

    public static WebApplication MapReservedPaths(this WebApplication app)
    {
        foreach (var prefix in Prefixes)
        {
            app.Map(prefix + "/{**rest}", () => Results.NotFound());
        }

        return app;
    }
}
