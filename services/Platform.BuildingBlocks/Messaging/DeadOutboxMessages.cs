using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Tenancy;

namespace Platform.BuildingBlocks.Messaging;

/// <summary>
/// What an operator does with a dead outbox row once its cause is fixed. Dead rows are those with
/// <c>dead_at</c> set; <c>last_error</c> names the error's type, and the relay logged each one.
/// </summary>
public static class DeadOutboxMessages
{
    /// <summary>
    /// Sets dead rows back to pending with fresh attempts (one row, or all when <paramref name="id"/>
    /// is null), so the relay sends them again; returns how many.
    /// </summary>
    public static async Task<int> ReplayAsync<TDb>(IServiceProvider services, long? id, CancellationToken cancellationToken)
        where TDb : MessagingDbContext
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().UseMessagingSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<TDb>();
        var now = (scope.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();
        var replayed = await db.OutboxMessages
            .Where(m => m.DeadAt != null && (id == null || m.Id == id))
            .ExecuteUpdateAsync(
                row => row
                    .SetProperty(m => m.DeadAt, (DateTimeOffset?)null)
                    .SetProperty(m => m.Attempts, 0)
                    .SetProperty(m => m.NotBefore, now),
                cancellationToken);
        scope.ServiceProvider.GetService<OutboxSignal>()?.Notify();
        return replayed;
    }
}
