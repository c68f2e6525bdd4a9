using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Platform.Bench.Load;

namespace Platform.Bench.Scenarios;

/// <summary>
/// Reports registered through the gateway: throughput at saturation, what the whole pipeline
/// sustains, and latency at fixed fractions of the saturation figure.
/// </summary>
/// <param name="Saturation">Intake's answers through the gateway with as many requests in flight as the generator has workers.</param>
/// <param name="Sustained">
/// Reports per second including the time the assessment service then needed to consume the
/// saturation phase's backlog: intake answers faster than the pipeline behind it keeps up.
/// </param>
/// <param name="AtFixedRates">Latency at a quarter and half of the saturation figure.</param>
public sealed record IntakeWritesResult(LatencySummary Saturation, double Sustained, IReadOnlyList<LatencySummary> AtFixedRates);

public static class IntakeWrites
{
    private static readonly double[] Loads = [0.25, 0.5];

    /// <summary>Sequence numbers far from the other phases', so every report is about a new child.</summary>
    private static long nextSequence = 1_000_000;
    private static int failureShown;

    public static async Task<IntakeWritesResult> RunAsync(BenchSettings settings, string gatewayUrl, IReadOnlyList<AuthenticationHeaderValue> tokens, Func<Task> drain, CancellationToken cancellationToken)
    {
        using var client = BenchClients.Create(gatewayUrl);
        var register = Register(client, tokens);
        Console.Error.WriteLine("  intake writes: saturation");
        var saturation = await SaturationRun.RunAsync(register, settings.SaturationWorkers, settings.WarmUp, settings.Measure, cancellationToken);
        var sent = (settings.WarmUp + settings.Measure).TotalSeconds;
        var draining = Stopwatch.StartNew();
        await drain();
        var sustained = saturation.Throughput * sent / (sent + draining.Elapsed.TotalSeconds);
        Console.Error.WriteLine($"  intake writes: backlog consumed in {draining.Elapsed.TotalSeconds:0.0} s, {sustained:0}/s sustained");
        var fixedRates = new List<LatencySummary>();
        foreach (var load in Loads)
        {
            if (fixedRates.Count > 0)
            {
                await drain();
            }

            var rate = Math.Max(5, Math.Round(saturation.Throughput * load));
            Console.Error.WriteLine($"  intake writes: {rate:0}/s");
            fixedRates.Add(await FixedRateRun.RunAsync(register, rate, settings.WarmUp, settings.Measure, cancellationToken));
        }

        await drain();
        return new IntakeWritesResult(saturation, sustained, fixedRates);
    }

    /// <summary>POSTs a generated report for one of the municipalities, in turn.</summary>
    internal static Operation Register(HttpClient client, IReadOnlyList<AuthenticationHeaderValue> tokens, Action<Guid>? registered = null) => async (_, cancellationToken) =>
    {
        var sequence = Interlocked.Increment(ref nextSequence);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/intake/reports")
        {
            Content = JsonContent.Create(GeneratedReports.Report(sequence)),
        };
        request.Headers.Authorization = tokens[(int)(sequence % tokens.Count)];
        using var response = await client.SendAsync(request, cancellationToken);
        if ((int)response.StatusCode != 201 && Interlocked.Exchange(ref failureShown, 1) == 0)
        {
            // The first refusal, once: a problem document names fields, never their values.
            Console.Error.WriteLine($"  first failed registration: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        var reportId = await GeneratedReports.ReportIdOf(response, cancellationToken);
        if (reportId is { } id)
        {
            registered?.Invoke(id);
        }

        return reportId is not null;
    };
}
