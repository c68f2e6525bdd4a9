using Npgsql;

namespace Platform.BuildingBlocks.Messaging;

/// <summary>
/// A failure that says the database is out (unreachable, restarting, or its connections cut), not
/// that anything is wrong with the work: waiting and trying again is the answer.
/// </summary>
internal static class DatabaseOutage
{
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(5);

    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            // 57P0x: shut down, crashed, or still starting up; 08: the connection failed.
            if (e is NpgsqlException { IsTransient: true } || e is PostgresException { SqlState: var state } && (state.StartsWith("57P", StringComparison.Ordinal) || state.StartsWith("08", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Runs <paramref name="write"/> until it succeeds, pausing (1 s, doubling up to 5 s) after each failure
    /// that <see cref="Is"/> an outage, for at most <paramref name="limit"/>; any other failure, or the last, is thrown.
    /// <paramref name="reset"/> runs before each new attempt (a context's tracked changes, say).
    /// </summary>
    public static async Task OutlastAsync(Func<Task> write, Action reset, TimeSpan limit, TimeProvider time, CancellationToken cancellationToken)
    {
        var until = time.GetUtcNow() + limit;
        var pause = TimeSpan.FromSeconds(1);
        while (true)
        {
            try
            {
                await write();
                return;
            }
            catch (Exception e) when (Is(e) && time.GetUtcNow() + pause < until && !cancellationToken.IsCancellationRequested)
            {
                reset();
            }

            await Task.Delay(pause, time, cancellationToken);
            pause = pause * 2 < LongestPause ? pause * 2 : LongestPause;
        }
    }
}
