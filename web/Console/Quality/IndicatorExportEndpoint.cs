using System.Net.Http.Headers;
using PlatformConsole.Gateway;
using PlatformConsole.SignIn;

namespace PlatformConsole.Quality;

/// <summary>
/// <c>GET /kvalitet/export.csv?period=</c>: the indicators as the API's CSV, fetched with the signed-in
/// user's token, since a browser's plain download carries no token.
/// </summary>
internal static class IndicatorExportEndpoint
{
    public const string Path = "/kvalitet/export.csv";

    public static WebApplication MapIndicatorExport(this WebApplication app)
    {
        app.MapGet(Path, ExportAsync).RequireAuthorization();
        return app;
    }

    private static async Task<IResult> ExportAsync(string? period, HttpContext http, IHttpClientFactory clients, CancellationToken cancellationToken)
    {
        using var gateway = clients.CreateClient(GatewayApiExtensions.AnonymousClient);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/quality/indicators?format=csv&period={Uri.EscapeDataString(period ?? "")}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ConsoleClaims.AccessToken(http.User));
        using var response = await gateway.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var type = response.Content.Headers.ContentType?.ToString() ?? "text/plain";
        return response.IsSuccessStatusCode
            ? Results.File(body, type, $"indikatorer-{period}.csv")
            : Results.Problem(statusCode: (int)response.StatusCode, title: "Exporten kunde inte hämtas.");
    }
}
