namespace Platform.Bench.Hosting;

/// <summary>
/// Turns trace sampling on (every trace) or off in the running platform through the operator
/// settings file every project watches, so traced and untraced figures come from the same processes.
/// </summary>
public sealed class TraceSampling(string operatorSettingsFile, NullOtlpCollector sink)
{
    /// <summary>How often the services' batch exporters send what they hold in the benchmark (default 5 s).</summary>
    public static readonly TimeSpan ExporterDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ReloadBound = TimeSpan.FromSeconds(30);

    public bool IsOn { get; private set; }

    /// <summary>Writes the ratio before the platform starts, so it starts with sampling off.</summary>
    public static async Task<TraceSampling> CreateOffAsync(string operatorSettingsFile, NullOtlpCollector sink)
    {
        await WriteAsync(operatorSettingsFile, 0);
        return new TraceSampling(operatorSettingsFile, sink);
    }

    /// <summary>
    /// Switches and waits until the switch has taken effect: for on, until spans of <paramref name="probe"/>
    /// reach the sink; for off, until the exporters have sent the spans recorded before it.
    /// </summary>
    public async Task SetAsync(bool on, Func<CancellationToken, Task> probe, CancellationToken cancellationToken)
    {
        Console.Error.WriteLine($"  trace sampling {(on ? "on (every trace)" : "off")}");
        await WriteAsync(operatorSettingsFile, on ? 1 : 0);
        IsOn = on;
        if (!on)
        {
            await Task.Delay(ExporterDelay + TimeSpan.FromSeconds(1), cancellationToken);
            return;
        }

        var before = sink.TraceExports;
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(ReloadBound);
        while (sink.TraceExports == before)
        {
            await probe(bound.Token);
            await Task.Delay(TimeSpan.FromMilliseconds(20), bound.Token);
        }
    }

    private static Task WriteAsync(string path, double ratio) =>
        File.WriteAllTextAsync(path, $$"""{ "Telemetry": { "TraceSampleRatio": {{ratio.ToString(System.Globalization.CultureInfo.InvariantCulture)}} } }""");
}
