using System.Diagnostics;
using System.Net.Http.Headers;

namespace Platform.Bench.Scenarios.Quality;

/// <summary>
/// Builds every municipality's projections from the history loaded, through the service's own rebuild endpoint
/// (its quality developer's token), two municipalities at a time. Called on the service itself: a large
/// municipality's rebuild outlasts a gateway's request timeout.
/// </summary>
internal static class ProjectionRebuilds
{
    public static async Task<double> RunAsync(string gatewayUrl, string qualityUrl, CancellationToken cancellationToken)
    {
        using var gateway = BenchClients.Create(gatewayUrl);
        var codes = Enumerable.Range(0, SyntheticMunicipalities.Count).Select(SyntheticMunicipalities.Code).ToList();
        var tokens = await BenchClients.CaseworkerTokensAsync(gateway, codes, cancellationToken, role: "kvalitetsutvecklare");
        using var quality = BenchClients.Create(qualityUrl);
        quality.Timeout = Timeout.InfiniteTimeSpan;
        var clock = Stopwatch.StartNew();
        await Parallel.ForAsync(0, codes.Count, new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellationToken }, async (i, token) =>
            await RebuildAsync(quality, tokens[i], token));
        return clock.Elapsed.TotalSeconds;
    }

    private static async Task RebuildAsync(HttpClient quality, AuthenticationHeaderValue token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/quality/projections/rebuild");
        request.Headers.Authorization = token;
        using var response = await quality.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
