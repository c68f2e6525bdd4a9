using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Bench.Scenarios;

/// <summary>HTTP clients for the load (pooled keep-alive connections) and tokens for a few municipalities.</summary>
public static class BenchClients
{
    /// <summary>Stockholm, Göteborg, Malmö, Uppsala, Linköping: several tenants, as a shared deployment has.</summary>
    public static readonly string[] Municipalities = ["0180", "1480", "1280", "0380", "0580"];

    /// <summary>Umeå only reads, so the read measured is the same at the end of a run as at its start.</summary>
    public const string ReadingMunicipality = "2480";

    public static HttpClient Create(string baseUrl) => new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        MaxConnectionsPerServer = 512,
        UseCookies = false,
        AutomaticDecompression = System.Net.DecompressionMethods.None,
    })
    {
        BaseAddress = new Uri(baseUrl),
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>A qualified caseworker's token per municipality (or another role's), from the gateway's development endpoint.</summary>
    public static async Task<IReadOnlyList<AuthenticationHeaderValue>> CaseworkerTokensAsync(HttpClient gateway, IEnumerable<string> municipalities, CancellationToken cancellationToken, string role = "handlaggare")
    {
        var tokens = new List<AuthenticationHeaderValue>();
        foreach (var municipality in municipalities)
        {
            tokens.Add(await TokenAsync(gateway, new
            {
                sub = "bench-" + municipality,
                name = "Bänk Bänksson",
                municipality,
                role,
                unit = "mottagning",
                qualified = true,
                lifetimeMinutes = 120,
            }, cancellationToken));
        }

        return tokens;
    }

    /// <summary>A token for the claims given, from the gateway's development endpoint.</summary>
    public static async Task<AuthenticationHeaderValue> TokenAsync(HttpClient gateway, object claims, CancellationToken cancellationToken)
    {
        using var response = await gateway.PostAsJsonAsync("/dev/token", claims, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return new AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());
    }
}
