using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>Wakes the relay once outbox rows are committed.</summary>
internal sealed class OutboxWakeUp(OutboxSignal signal) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        // Without an explicit transaction SaveChanges has committed by now.
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            signal.Notify();
        }

        return ValueTask.FromResult(result);
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        signal.Notify();
        return Task.CompletedTask;
    }
}
