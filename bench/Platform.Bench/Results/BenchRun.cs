using Platform.Bench.Hosting;
using Platform.Bench.Scenarios;
using Platform.Bench.Scenarios.Quality;

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
    long OtlpExports,
    QualityResult? Quality);
