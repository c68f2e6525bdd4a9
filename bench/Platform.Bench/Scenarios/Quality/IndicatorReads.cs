using System.Net.Http.Headers;
using Platform.Bench.Load;

namespace Platform.Bench.Scenarios.Quality;

/// <summary>
/// The indicator answers the issue names, through the gateway with a token of the largest municipality, each at
/// a fixed arrival rate (open loop): five years of the municipality at once, each of the five years in turn, and
/// one unit over one year.
/// </summary>
internal static class IndicatorReads
{
    public const string FiveYears = "municipality, 2022..2026";
    public const string EachYear = "municipality, each year 2022–2026";
    public const string UnitYear = "one unit, 2025";

    private static readonly Dictionary<string, Func<long, string>> Paths = new()
    {
        [FiveYears] = _ => "/api/quality/indicators?period=2022..2026",
        [EachYear] = sequence => $"/api/quality/indicators?period={2022 + sequence % 5}",
        [UnitYear] = _ => $"/api/quality/indicators?period=2025&unit={SyntheticCase.Units[0]}",
    };

    public static async Task<Dictionary<string, LatencySummary>> RunAsync(BenchSettings settings, string gatewayUrl, CancellationToken cancellationToken)
    {
        using var client = BenchClients.Create(gatewayUrl);
        var token = (await BenchClients.CaseworkerTokensAsync(client, [SyntheticMunicipalities.Largest], cancellationToken))[0];
        var rate = settings.Smoke ? 2 : 5;
        var results = new Dictionary<string, LatencySummary>();
        foreach (var (name, path) in Paths)
        {
            Console.Error.WriteLine($"  quality: {name} at {rate}/s");
            results[name] = await FixedRateRun.RunAsync(Read(client, token, path), rate, settings.WarmUp, settings.Measure, cancellationToken);
        }

        return results;
    }

    private static Operation Read(HttpClient client, AuthenticationHeaderValue token, Func<long, string> path) => async (sequence, cancellationToken) =>
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path(sequence));
        request.Headers.Authorization = token;
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        return response.IsSuccessStatusCode;
    };
}
