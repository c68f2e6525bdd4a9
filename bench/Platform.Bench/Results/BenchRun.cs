using Platform.Bench.Hosting;
using Platform.Bench.Scenarios;

namespace Platform.Bench.Results;

/// <summary>Everything one run measured, as written to JSON.</summary>
public sealed record BenchRun(
    DateTimeOffset StartedAt,
    string Machine,
    bool Smoke,
    IReadOnlyList<GatewayCostResult> Gateway,
    TracingCostResult? Tracing,
    IntakeWritesResult? IntakeWrites,
    IReadOnlyList<EventLatencyResult> EventLatency,
    IReadOnlyList<ProcessUsage> Resources,
    long OtlpExports)
{
    /// <summary>The gateway comparison with trace sampling off.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public GatewayCostResult? Untraced => Gateway.FirstOrDefault(g => !g.Sampled);

    /// <summary>The same comparison with every trace sampled.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public GatewayCostResult? Traced => Gateway.FirstOrDefault(g => g.Sampled);
}
