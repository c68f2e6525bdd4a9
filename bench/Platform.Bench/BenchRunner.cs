using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.Bench.Hosting;
using Platform.Bench.Results;
using Platform.Bench.Scenarios;
using Platform.Contracts.Hosting;

namespace Platform.Bench;

/// <summary>
/// One run: a platform without tracing for every measure, then a second platform exporting
/// every span to a local sink for the gateway measures again; ratios are only ever taken
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

    private static readonly string IntakeRoute = PlatformResources.Services.Single(s => s.Name == "intake").RoutePrefix;

    public static async Task<BenchRun> RunAsync(BenchSettings settings, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        GatewayCostResult? untraced = null;
        IntakeWritesResult? writes = null;
        IReadOnlyList<EventLatencyResult> events = [];
        IReadOnlyList<ProcessUsage> resources;

        Console.Error.WriteLine("Pass 1 of 2: tracing off");
        await using (var platform = await BenchPlatform.StartAsync(otlpEndpoint: null, cancellationToken))
        {
            var tokens = await TokensAsync(platform, BenchClients.Municipalities, cancellationToken);
            var reader = (await TokensAsync(platform, [BenchClients.ReadingMunicipality], cancellationToken))[0];
            await using var nginx = NginxProxy.IsInstalled ? await NginxProxy.StartAsync(IntakeRoute, platform.ServiceUrl("intake"), cancellationToken) : null;
            var processes = new Dictionary<string, int>(platform.ProcessIds());
            if (nginx is not null)
            {
                processes[GatewayCostResult.Nginx] = nginx.ProcessId;
            }

            await PlatformWarmUp.RunAsync(settings.PlatformWarmUp, platform.GatewayUrl, platform.ServiceUrl("intake"), ReadPath, reader, tokens, cancellationToken);
            await BacklogWait.UntilDrainedAsync(platform.App.RabbitMq.AmqpUri, cancellationToken);
            await using var meter = ProcessMeter.Start(processes);
            if (settings.Runs(BenchSettings.Gateway))
            {
                untraced = await GatewayCost.RunAsync(settings, false, ReadPath, reader, Targets(platform, nginx), cancellationToken);
            }

            if (settings.Runs(BenchSettings.Writes))
            {
                writes = await IntakeWrites.RunAsync(settings, platform.GatewayUrl, tokens, () => BacklogWait.UntilDrainedAsync(platform.App.RabbitMq.AmqpUri, cancellationToken), cancellationToken);
            }

            if (settings.Runs(BenchSettings.Events))
            {
                events = await EventLatency.RunAsync(settings, platform.GatewayUrl, platform.App.RabbitMq.AmqpUri, tokens, EventRates(settings, writes), cancellationToken);
            }

            resources = await meter.StopAsync();
        }

        await using var sink = NullOtlpCollector.Start();
        if (!settings.Runs(BenchSettings.Gateway))
        {
            return new BenchRun(startedAt, MachineDescription(), settings.Smoke, untraced, null, writes, events, resources, 0);
        }

        Console.Error.WriteLine("Pass 2 of 2: tracing on, every span exported");
        GatewayCostResult traced;
        await using (var platform = await BenchPlatform.StartAsync(sink.Endpoint, cancellationToken))
        {
            var tokens = await TokensAsync(platform, BenchClients.Municipalities, cancellationToken);
            var reader = (await TokensAsync(platform, [BenchClients.ReadingMunicipality], cancellationToken))[0];
            await using var nginx = NginxProxy.IsInstalled ? await NginxProxy.StartAsync(IntakeRoute, platform.ServiceUrl("intake"), cancellationToken) : null;
            await PlatformWarmUp.RunAsync(settings.PlatformWarmUp, platform.GatewayUrl, platform.ServiceUrl("intake"), ReadPath, reader, tokens, cancellationToken);
            traced = await GatewayCost.RunAsync(settings, true, ReadPath, reader, Targets(platform, nginx), cancellationToken);
        }

        return new BenchRun(startedAt, MachineDescription(), settings.Smoke, untraced, traced, writes, events, resources, sink.Exports);
    }

    /// <summary>The 20 and 200 reports/s, each kept under a fifth of the measured write capacity.</summary>
    private static IEnumerable<double> EventRates(BenchSettings settings, IntakeWritesResult? writes)
    {
        // Without a measured capacity (--only events) the rates are taken as they are.
        var ceiling = writes is null ? double.MaxValue : Math.Max(5, Math.Floor(writes.Saturation.Throughput * 0.2));
        return settings.Smoke ? [Math.Min(20, ceiling)] : new[] { 20.0, 200.0 }.Select(r => Math.Min(r, ceiling)).Distinct();
    }

    private static Dictionary<string, string> Targets(BenchPlatform platform, NginxProxy? nginx)
    {
        var targets = new Dictionary<string, string>
        {
            [GatewayCostResult.Direct] = platform.ServiceUrl("intake"),
            [GatewayCostResult.Gateway] = platform.GatewayUrl,
        };
        if (nginx is not null)
        {
            targets[GatewayCostResult.Nginx] = nginx.Url;
        }

        return targets;
    }

    private static async Task<IReadOnlyList<System.Net.Http.Headers.AuthenticationHeaderValue>> TokensAsync(BenchPlatform platform, IEnumerable<string> municipalities, CancellationToken cancellationToken)
    {
        using var gateway = BenchClients.Create(platform.GatewayUrl);
        return await BenchClients.CaseworkerTokensAsync(gateway, municipalities, cancellationToken);
    }

    private static string MachineDescription() =>
        $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024 * 1024)} GiB, "
        + $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}; load generator in the same machine.";
}
