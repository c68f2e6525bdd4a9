using Aspire.AppHost.RabbitMq;
using Platform.Bench.Chaos.Faults;
using Platform.Bench.Chaos.Flow;
using Platform.Bench.Chaos.Ledger;
using Platform.Bench.Hosting;
using Platform.Bench.Scenarios;
using Platform.Contracts.Hosting;

namespace Platform.Bench.Chaos;

/// <summary>
/// The fault run: a platform of its own, the flow driven at a steady rate, each resource in turn
/// killed and started again mid-run, then, once nothing is on its way, the ledger.
/// </summary>
internal static class ChaosRunner
{
    public static async Task<ChaosRun> RunAsync(ChaosSettings settings, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        await using var sink = NullOtlpCollector.Start();
        Console.Error.WriteLine("Starting the platform");
        await using var platform = await BenchPlatform.StartAsync(sink, cancellationToken);
        using var gateway = BenchClients.Create(platform.GatewayUrl);
        using var broker = new RabbitMqManagement(platform.ManagementUrl);
        var desks = await CaseDesks.OpenAsync(platform, gateway, cancellationToken);
        var driver = new CaseDriver(desks);
        var injector = new FaultInjector(platform);
        var deliveries = new BrokerDeliveries(broker);

        Console.Error.WriteLine($"Driving {settings.Rate} cases a second for about {settings.Duration.TotalSeconds:0} s; faults: {string.Join(", ", settings.Faults)}");
        using var stop = new CancellationTokenSource();
        var load = SteadyLoad.RunAsync(driver, settings.Rate, stop.Token, cancellationToken);
        await Task.Delay(settings.WarmUp, cancellationToken);
        var faults = new List<FaultResult>();
        foreach (var resource in settings.Faults)
        {
            if (resource == PlatformResources.Broker)
            {
                await deliveries.AddSinceNodeStartAsync(cancellationToken);
            }

            var fault = await injector.InjectAsync(resource, RecoveryProbe.For(resource, driver, desks[0]), cancellationToken);
            faults.Add(fault);
            Console.Error.WriteLine($"Killed {resource} ({fault.ProcessesKilled} processes): healthy after {fault.Healthy.TotalSeconds:0.0} s, recovered after {fault.Recovered.TotalSeconds:0.0} s");
            await Task.Delay(settings.BetweenFaults, cancellationToken);
        }

        await Task.Delay(settings.CoolDown, cancellationToken);
        await stop.CancelAsync();
        Console.Error.WriteLine("Load stopped; waiting for the cases under way and the backlog");
        await load;
        var drained = await PlatformBacklog.UntilDrainedAsync(platform, broker, cancellationToken);
        await deliveries.AddSinceNodeStartAsync(cancellationToken);
        var cases = driver.Records;
        return new ChaosRun(
            startedAt,
            settings,
            cases,
            GatewayCalls.Retries,
            faults,
            drained,
            await LedgerReader.ReadAsync(platform, cases, cancellationToken),
            await MessageFigures.ReadAsync(platform, cancellationToken),
            deliveries.Delivered,
            deliveries.Redelivered,
            await ErrorQueues.ReadAsync(broker, cancellationToken));
    }
}
