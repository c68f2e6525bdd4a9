using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.Bench.Hosting;
using Platform.Bench.Results;
using Platform.Bench.Scenarios;

namespace Platform.Bench;

/// <summary>
/// One run: a platform without tracing for every measure, and beside it, for the tracing cost
/// only, a second platform exporting every span to a local sink; ratios are only ever taken
/// between figures of the same run.
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
        GatewayCostResult? gateway = null;
        TracingCostResult? tracing = null;
        IntakeWritesResult? writes = null;
        IReadOnlyList<EventLatencyResult> events = [];

        Console.Error.WriteLine("Starting the platform (tracing off)");
        await using var subject = await BenchSubject.StartAsync(otlpEndpoint: null, cancellationToken);
        await using var sink = NullOtlpCollector.Start();
        await WarmUpAsync(settings, subject, cancellationToken);
        if (settings.Runs(BenchSettings.Gateway))
        {
            Console.Error.WriteLine("Starting a second platform beside it (every span exported)");
            await using var traced = await BenchSubject.StartAsync(sink.Endpoint, cancellationToken);
            await WarmUpAsync(settings, traced, cancellationToken);
            tracing = await TracingCost.RunAsync(settings, ReadPath, subject, traced, cancellationToken);
        }

        await subject.Platform.SettleAsync(cancellationToken);
        await using var meter = ProcessMeter.Start(subject.ProcessIds());
        if (settings.Runs(BenchSettings.Gateway))
        {
            gateway = await GatewayCost.RunAsync(settings, ReadPath, subject.Reader, subject.ReadTargets(), cancellationToken);
        }

        if (settings.Runs(BenchSettings.Writes))
        {
            writes = await IntakeWrites.RunAsync(settings, subject.Platform.GatewayUrl, subject.Writers, () => subject.Platform.SettleAsync(cancellationToken), cancellationToken);
        }

        if (settings.Runs(BenchSettings.Events))
        {
            events = await EventLatency.RunAsync(settings, subject.Platform, subject.Writers, EventRates(settings, writes), cancellationToken);
        }

        var resources = await meter.StopAsync();
        return new BenchRun(startedAt, MachineDescription(), settings.Smoke, gateway, tracing, writes, events, resources, sink.Exports);
    }

    private static async Task WarmUpAsync(BenchSettings settings, BenchSubject subject, CancellationToken cancellationToken)
    {
        await PlatformWarmUp.RunAsync(settings.PlatformWarmUp, subject.Platform.GatewayUrl, subject.IntakeUrl, ReadPath, subject.Reader, subject.Writers, cancellationToken);
        await subject.Platform.SettleAsync(cancellationToken);
    }

    /// <summary>The 20 and 200 reports/s, each kept under a fifth of the measured write capacity.</summary>
    private static IEnumerable<double> EventRates(BenchSettings settings, IntakeWritesResult? writes)
    {
        // Without a measured capacity (--only events) the rates are taken as they are.
        var ceiling = writes is null ? double.MaxValue : Math.Max(5, Math.Floor(writes.Saturation.Throughput * 0.2));
        return settings.Smoke ? [Math.Min(20, ceiling)] : new[] { 20.0, 200.0 }.Select(r => Math.Min(r, ceiling)).Distinct();
    }

    private static string MachineDescription() =>
        $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024 * 1024)} GiB, "
        + $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}; load generator in the same machine.";
}
