using System.Net.Http.Headers;
using Platform.Bench.Load;

namespace Platform.Bench.Scenarios;

/// <summary>The same authenticated read, served by a service, called directly, through the gateway and through nginx.</summary>
public sealed record GatewayCostResult(
    string Path,
    bool Sampled,
    IReadOnlyDictionary<string, LatencySummary> Saturation,
    IReadOnlyDictionary<string, LatencySummary> AtFixedRate)
{
    public const string Direct = "direct";
    public const string Gateway = "gateway";
    public const string Nginx = "nginx";

    public double GatewayOverDirect => Saturation[Gateway].Throughput / Saturation[Direct].Throughput;

    public double? GatewayOverNginx => Saturation.TryGetValue(Nginx, out var nginx) ? Saturation[Gateway].Throughput / nginx.Throughput : null;

    public double AddedP50 => AtFixedRate[Gateway].P50 - AtFixedRate[Direct].P50;

    public double AddedP99 => AtFixedRate[Gateway].P99 - AtFixedRate[Direct].P99;
}

public static class GatewayCost
{
    public static async Task<GatewayCostResult> RunAsync(
        BenchSettings settings,
        string path,
        AuthenticationHeaderValue token,
        IReadOnlyDictionary<string, string> targets,
        bool sampled,
        CancellationToken cancellationToken)
    {
        var mode = sampled ? "sampling on" : "sampling off";
        var clients = targets.ToDictionary(t => t.Key, t => BenchClients.Create(t.Value));
        try
        {
            var saturation = new Dictionary<string, LatencySummary>();
            foreach (var (name, client) in clients)
            {
                Console.Error.WriteLine($"  gateway cost, {mode}: {name} at saturation");
                saturation[name] = await SaturationRun.RunAsync(Read(client, path, token), settings.SaturationWorkers, settings.WarmUp, settings.Measure, cancellationToken);
            }

            // One absolute rate for all three, so the latencies compare like with like.
            var rate = Math.Max(10, Math.Round(saturation[GatewayCostResult.Gateway].Throughput * BenchSettings.LatencyLoad));
            var fixedRate = new Dictionary<string, LatencySummary>();
            foreach (var (name, client) in clients)
            {
                Console.Error.WriteLine($"  gateway cost, {mode}: {name} at {rate:0}/s");
                fixedRate[name] = await FixedRateRun.RunAsync(Read(client, path, token), rate, settings.WarmUp, settings.Measure, cancellationToken);
            }

            return new GatewayCostResult(path, sampled, saturation, fixedRate);
        }
        finally
        {
            foreach (var client in clients.Values)
            {
                client.Dispose();
            }
        }
    }

    internal static Operation Read(HttpClient client, string path, AuthenticationHeaderValue token) => async (_, cancellationToken) =>
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = token;
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        return response.IsSuccessStatusCode;
    };
}
