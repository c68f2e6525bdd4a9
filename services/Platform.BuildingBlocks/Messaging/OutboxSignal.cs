namespace Platform.BuildingBlocks.Messaging;

/// <summary>
/// Wakes the relay when a transaction with outbox rows commits, so a message leaves at once
/// instead of at the next poll; the poll remains for retries and for rows left by a crash.
/// </summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    /// <summary>Tells the relay there is something to publish.</summary>
    public void Notify()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another writer woke the relay in between; one wake-up is enough.
            }
        }
    }

    /// <summary>Waits for a wake-up or the poll interval.</summary>
    public Task WaitAsync(TimeSpan pollInterval, CancellationToken cancellationToken) =>
        _signal.WaitAsync(pollInterval, cancellationToken);
}
