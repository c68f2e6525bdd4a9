namespace Platform.Bench.Chaos.Faults;

/// <summary>
/// One hard kill: how many processes died, how many starts the restart took, the time until the
/// orchestrator saw the resource healthy again, and until the flow's first end-to-end step through
/// it succeeded (both from the kill).
/// </summary>
internal sealed record FaultResult(string Resource, int ProcessesKilled, int Starts, TimeSpan Healthy, TimeSpan Recovered);
