using System.Text.Json;

namespace Platform.EndToEndTests.EndToEnd;

/// <summary>
/// The benchmark harness still works end to end: its smoke mode starts its own platform, runs
/// every phase for a moment and writes the report. Nothing here judges a figure; benchmarks are
/// not tests. In the platform collection so it does not run beside the other tests' load.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class BenchSmokeTests
{
    private static readonly string[] Measures =
    [
        "gateway ÷ direct throughput, tracing off",
        "gateway ÷ direct throughput, tracing on",
        "gateway added latency at 30 % load, p50, tracing off",
        "gateway added latency at 30 % load, p99, tracing on",
        "throughput lost to tracing (100 % sampling)",
        "intake writes through the gateway",
        "event latency p99 at",
        "peak resident memory: intake",
        "peak resident memory: assessment",
        "peak resident memory: gateway",
        "quality indicators p95, municipality, 2022..2026",
        "quality indicators p95, one unit, 2025",
        "quality projection keeps up with writes at saturation",
    ];

    [Fact]
    public async Task Given_the_harness_in_smoke_mode_When_it_runs_Then_it_reports_every_measure_and_sampling_switched()
    {
        // Arrange
        using var harness = BenchHarness.Built();

        // Act
        var run = await harness.RunAsync("--smoke");

        // Assert
        Assert.True(run.Succeeded, $"The harness exited with {run.ExitCode}:\n{run.Output}");
        var markdown = await File.ReadAllTextAsync(harness.Written("latest-smoke.md"));
        Assert.All(Measures, measure => Assert.Contains("| " + measure, markdown));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(harness.Written("latest-smoke.json")));
        var windows = json.RootElement.GetProperty("tracing").GetProperty("windows").EnumerateArray().ToList();
        Assert.Contains(windows, w => w.GetProperty("sampled").GetBoolean() && w.GetProperty("traceExports").GetInt64() > 0);
        Assert.All(windows.Where(w => !w.GetProperty("sampled").GetBoolean()), w => Assert.Equal(0, w.GetProperty("traceExports").GetInt64()));
        Assert.Equal(0, json.RootElement.GetProperty("intakeWrites").GetProperty("saturation").GetProperty("failed").GetInt64());
    }
}
