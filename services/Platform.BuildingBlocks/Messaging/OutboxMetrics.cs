using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.ServiceDefaults.Telemetry;

namespace Platform.BuildingBlocks.Messaging;

/// <summary>
/// The outbox as an operator watches it, as gauges on the service's meter: the age of the oldest row not yet
/// sent (a relay that has stopped shows as a growing age) and the rows that are dead until replayed. Both are
/// read from the database every <see cref="MessagingOptions.OutboxMetricsInterval"/>, not at each export.
/// </summary>
internal sealed class OutboxMetrics<TDb> : BackgroundService
    where TDb : MessagingDbContext
{
    public const string OldestPendingAge = "platform.outbox.oldest_pending_age";
    public const string DeadRows = "platform.outbox.dead_rows";

    private readonly IServiceScopeFactory _scopes;
    private readonly MessagingOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboxMetrics<TDb>> _logger;
    private DateTimeOffset? _oldestPending;
    private long _dead;

    public OutboxMetrics(IServiceScopeFactory scopes, MessagingOptions options, ServiceTelemetry telemetry, TimeProvider time, ILogger<OutboxMetrics<TDb>> logger)
    {
        (_scopes, _options, _time, _logger) = (scopes, options, time, logger);
        var service = new KeyValuePair<string, object?>("service", telemetry.ServiceName);
        telemetry.Meter.CreateObservableGauge(OldestPendingAge,
            () => new Measurement<double>(_oldestPending is { } oldest ? Math.Max(0, (_time.GetUtcNow() - oldest).TotalSeconds) : 0, service),
            unit: "s", description: "Age of the oldest outbox row not yet sent; 0 when none waits.");
        telemetry.Meter.CreateObservableGauge(DeadRows, () => new Measurement<long>(Interlocked.Read(ref _dead), service),
            unit: "{row}", description: "Outbox rows dead after their publish attempts, waiting for an operator's replay.");
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.OutboxMetricsInterval, _time);
        do
        {
            try
            {
                await ReadAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                _logger.LogWarning("Reading the outbox metrics failed with {ErrorType}", ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Tenancy.TenantContext>().UseMessagingSystemScope();
        var rows = scope.ServiceProvider.GetRequiredService<TDb>().OutboxMessages.IgnoreQueryFilters().AsNoTracking();
        _oldestPending = await rows.Where(m => m.SentAt == null && m.DeadAt == null).MinAsync(m => (DateTimeOffset?)m.CreatedAt, cancellationToken);
        Interlocked.Exchange(ref _dead, await rows.LongCountAsync(m => m.DeadAt != null, cancellationToken));
    }
}
