namespace Platform.Bench.Hosting;

/// <summary>One process's resources during a benchmark pass.</summary>
public sealed record ProcessUsage(string Process, double PeakResidentMb, double CpuSeconds);
