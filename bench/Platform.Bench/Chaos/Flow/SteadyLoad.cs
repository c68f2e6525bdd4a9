namespace Platform.Bench.Chaos.Flow;

/// <summary>Starts a case every 1/rate seconds whatever the platform's state, until stopped; then waits for the cases under way.</summary>
internal static class SteadyLoad
{
    public static async Task RunAsync(CaseDriver driver, double rate, CancellationToken stop, CancellationToken cancellationToken)
    {
        var cases = new List<Task>();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1 / rate));
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                cases.Add(Task.Run(() => driver.RunAsync(cancellationToken), cancellationToken));
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // The run's time is up; the cases under way finish.
        }

        await Task.WhenAll(cases);
    }
}
