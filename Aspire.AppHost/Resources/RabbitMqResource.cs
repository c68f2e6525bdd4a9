using System.Net;
using Aspire.AppHost.Hosting;
using Aspire.AppHost.Processes;
using Platform.Contracts.Hosting;

namespace Aspire.AppHost.Resources;

/// <summary>A RabbitMQ node of our own with the management plugin, run as the rabbitmq user when we are root.</summary>
public sealed class RabbitMqResource : PlatformResource, IDisposable
{
    public const string User = "platform";

    public const string Password = "platform";

    private readonly PlatformOptions options;
    private readonly RabbitMqNode node;
    private readonly RabbitMqManagement management;
    private ResourceLog? log;
    private ChildProcess? process;

    public RabbitMqResource(PlatformOptions options)
        : base(PlatformResources.Broker)
    {
        this.options = options;
        node = new RabbitMqNode(options);
        management = new RabbitMqManagement(ManagementUrl);
    }

    public string NodeName => options.RabbitMqNodeName;

    public string AmqpUri => $"amqp://{User}:{Password}@127.0.0.1:{options.Ports.Amqp}/";

    public string ManagementUrl => $"http://127.0.0.1:{options.Ports.RabbitMqManagement}/";

    public override string Url => $"amqp://127.0.0.1:{options.Ports.Amqp}/";

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        State = ResourceState.Starting;
        await node.WriteFilesAsync(cancellationToken);
        await StopLeftoverNodeAsync();
        log = new ResourceLog(Name, options.LogDirectory, options.ConsoleOutput, IsWarningOrWorse);
        var (file, args) = SystemUser.As(RabbitMqNode.OsUser, RabbitMqNode.Script("rabbitmq-server"), []);
        process = ChildProcess.Start(file, args, node.Directory, node.Environment.ToDictionary(e => e.Key, e => (string?)e.Value), log);
        await WaitUntilReadyAsync(cancellationToken);
        State = ResourceState.Healthy;
    }

    public override async Task StopAsync()
    {
        if (process is null)
        {
            return;
        }

        State = ResourceState.Stopping;
        if (!process.HasExited)
        {
            await node.CtlAsync(["stop"]);
        }

        await process.StopAsync(TimeSpan.FromSeconds(15), terminate: false);
        await KillEpmdAsync(options.Ports.Epmd);
        process.Dispose();
        process = null;
        log?.Dispose();
        State = ResourceState.Stopped;
    }

    /// <summary>Stops the broker application but keeps the node up: clients see an outage.</summary>
    public async Task StopAppAsync(CancellationToken cancellationToken = default)
    {
        await CheckAsync(await node.CtlAsync(["stop_app"], cancellationToken));
        State = ResourceState.Stopped;
    }

    /// <summary>Ends a simulated outage and returns once clients can connect again.</summary>
    public async Task StartAppAsync(CancellationToken cancellationToken = default)
    {
        await CheckAsync(await node.CtlAsync(["start_app"], cancellationToken));
        await WaitUntilReadyAsync(cancellationToken);
        State = ResourceState.Healthy;
    }

    /// <summary>Messages in a queue of vhost / (at most a second old), or null when there is no such queue.</summary>
    public Task<long?> GetQueueMessageCountAsync(string queue, CancellationToken cancellationToken = default) =>
        management.MessageCountAsync(queue, cancellationToken);

    public void Dispose()
    {
        management.Dispose();
        process?.Dispose();
        log?.Dispose();
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var userEnsured = false;
        async Task<bool> ProbeAsync(CancellationToken ct)
        {
            await Readiness.AcceptsTcpAsync(options.Ports.Amqp, ct);
            var status = await management.OverviewStatusAsync(ct);
            if (status == HttpStatusCode.Unauthorized && !userEnsured)
            {
                // default_user only applies to a fresh node; an older data folder may lack the user.
                userEnsured = true;
                await EnsureUserAsync(ct);
            }

            return status == HttpStatusCode.OK;
        }

        var timeout = options.ReadinessTimeout + TimeSpan.FromSeconds(30);
        if (!await Readiness.WaitAsync(ProbeAsync, timeout, () => process?.HasExited ?? true, cancellationToken))
        {
            State = ResourceState.Failed;
            throw new TimeoutException($"RabbitMQ node {NodeName} did not become ready on port {options.Ports.Amqp}:\n{log?.Tail()}");
        }
    }

    private async Task EnsureUserAsync(CancellationToken cancellationToken)
    {
        await node.CtlAsync(["add_user", User, Password], cancellationToken);
        await node.CtlAsync(["set_user_tags", User, "administrator"], cancellationToken);
        await node.CtlAsync(["set_permissions", "-p", "/", User, ".*", ".*", ".*"], cancellationToken);
    }

    private async Task StopLeftoverNodeAsync()
    {
        // The node writes its own pid file; the epmd port it used is ours to remember.
        await Leftovers.EndAsync(node.PidFile, "beam");
        if (File.Exists(node.EpmdPortFile) && int.TryParse(await File.ReadAllTextAsync(node.EpmdPortFile), out var port))
        {
            await KillEpmdAsync(port);
        }

        await File.WriteAllTextAsync(node.EpmdPortFile, options.Ports.Epmd.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static Task KillEpmdAsync(int port) =>
        CommandRunner.RunAsync("epmd", ["-port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-kill"]);

    // Boot chatter stays in the log file; the console gets what needs a person's attention.
    private static bool IsWarningOrWorse(string line) =>
        line.Contains("[warning]", StringComparison.Ordinal) || line.Contains("[error]", StringComparison.Ordinal)
        || line.Contains("[critical]", StringComparison.Ordinal) || line.Contains("BOOT FAILED", StringComparison.Ordinal);

    private static Task CheckAsync(CommandResult result) =>
        result.Succeeded ? Task.CompletedTask : throw new InvalidOperationException($"rabbitmqctl failed:\n{result.Output}");
}
