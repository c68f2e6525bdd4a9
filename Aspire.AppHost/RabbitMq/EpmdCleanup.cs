using Microsoft.Extensions.Hosting;

namespace Aspire.AppHost.RabbitMq;

/// <summary>
/// The node starts epmd as a daemon, so nothing the orchestrator stops takes it along. Once every
/// resource has stopped, it is ended by its port (never by name: another broker's epmd may run).
/// </summary>
internal sealed class EpmdCleanup(RabbitMqNode node, IHostApplicationLifetime lifetime) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStopped.Register(() => KillWhenNodeGoneAsync().GetAwaiter().GetResult());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task KillWhenNodeGoneAsync()
    {
        // epmd refuses -kill while a node is still registered; the node may take a few seconds to stop.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await node.EndEpmdAsync() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
        }
    }
}
