using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.Bench.Hosting;
using Platform.Bench.Results;
using Platform.Bench.Scenarios;
using Platform.Bench.Scenarios.Quality;

namespace Platform.Bench;

/// <summary>
/// One run against one platform: tracing cost and the gateway comparison with trace sampling
/// switched off and on in the same processes, then writes and event latency with sampling off,
/// then the quality service at volume.
/// Ratios are only ever taken between figures of the same run.
/// </summary>
public static class BenchRunner
{
    /// <summary>The authenticated read for the gateway comparison: one municipality's intake worklist.</summary>
    public const string ReadPath = "/api/intake/reports?status=awaiting-protection-assessment";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static async Task<BenchRun> RunAsync(BenchSettings settings, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        TracingCostResult? tracing = null;
        IReadOnlyList<GatewayCostResult> gateway = [];
        IntakeWritesResult? writes = null;
        IReadOnlyList<EventLatencyResult> events = [];
        QualityResult? quality = null;

        await using var sink = NullOtlpCollector.Start();
        Console.Error.WriteLine("Starting the platform (exporting to a local sink, trace sampling off)");
        await using var subject = await BenchSubject.StartAsync(sink, cancellationToken);
        await PlatformWarmUp.RunAsync(settings.PlatformWarmUp, subject.Platform.GatewayUrl, subject.IntakeUrl, ReadPath, subject.Reader, subject.Writers, cancellationToken);
        await subject.Platform.SettleAsync(cancellationToken);
        if (settings.Runs(BenchSettings.Gateway))
        {
            tracing = await TracingCost.RunAsync(settings, ReadPath, subject, sink, cancellationToken);
        }

        await using var meter = ProcessMeter.Start(subject.ProcessIds());
        if (settings.Runs(BenchSettings.Gateway))
        {
            gateway = await GatewayCostBothWaysAsync(settings, subject, cancellationToken);
        }

        if (settings.Runs(BenchSettings.Writes))
        {
            writes = await IntakeWrites.RunAsync(settings, subject.Platform.GatewayUrl, subject.Writers, () => subject.Platform.SettleAsync(cancellationToken), cancellationToken);
        }

        if (settings.Runs(BenchSettings.Events))
        {
            events = await EventLatency.RunAsync(settings, subject.Platform, subject.Writers, EventRates(settings, writes), cancellationToken);
        }

        if (settings.Runs(BenchSettings.Quality))
        {
            quality = await QualityAtVolume.RunAsync(settings, subject, cancellationToken);
        }

        var resources = await meter.StopAsync();
        return new BenchRun(startedAt, MachineDescription(), settings.Smoke, gateway, tracing, writes, events, resources, sink.Exports, quality);
    }

    /// <summary>The gateway comparison with sampling off and then on; sampling is off again afterwards.</summary>
    private static async Task<IReadOnlyList<GatewayCostResult>> GatewayCostBothWaysAsync(BenchSettings settings, BenchSubject subject, CancellationToken cancellationToken)
    {
        var results = new List<GatewayCostResult>();
        foreach (var sampled in new[] { false, true })
        {
            await subject.SampleTracesAsync(sampled, cancellationToken);
            results.Add(await GatewayCost.RunAsync(settings, ReadPath, subject.Reader, subject.ReadTargets(), sampled, cancellationToken));
        }

        await subject.SampleTracesAsync(false, cancellationToken);
        await subject.Platform.SettleAsync(cancellationToken);
        return results;
    }

    /// <summary>
    /// The 20 and 200 reports/s, each kept under a fifth of what the pipeline sustains:
    /// the event travels through the assessment service, which keeps up with less than intake accepts.
    /// </summary>
    private static IEnumerable<double> EventRates(BenchSettings settings, IntakeWritesResult? writes)
    {
        // Without a measured capacity (--only events) the rates are taken as they are.
        var ceiling = writes is null ? double.MaxValue : Math.Max(5, Math.Floor(writes.Sustained * 0.2));
        return settings.Smoke ? [Math.Min(20, ceiling)] : new[] { 20.0, 200.0 }.Select(r => Math.Min(r, ceiling)).Distinct();
    }

    private static string MachineDescription() =>
        $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024 * 1024)} GiB, "
        + $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}; load generator in the same machine.";
}
