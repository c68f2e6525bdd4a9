using System.Globalization;
using Aspire.AppHost.Processes;
using Aspire.AppHost.Setup;

namespace Aspire.AppHost.RabbitMq;

/// <summary>
/// The files and environment of one RabbitMQ node kept entirely under our data folder: its own
/// node name, epmd and distribution ports, bound to loopback, so it runs beside Debian's broker
/// and beside another platform.
/// </summary>
public sealed class RabbitMqNode(PlatformHostOptions options)
{
    public const string OsUser = "rabbitmq";

    public const string User = "platform";

    public const string Password = "platform";

    private const string ScriptDirectory = "/usr/lib/rabbitmq/bin";

    private const string LoopbackDistribution = "-kernel inet_dist_use_interface {127,0,0,1}";

    public string Directory => Path.Combine(options.DataDirectory, "rabbitmq");

    public string AmqpUri => $"amqp://{User}:{Password}@127.0.0.1:{Port(options.Ports.Amqp)}/";

    public string ManagementUrl => $"http://127.0.0.1:{Port(options.Ports.RabbitMqManagement)}/";

    public string PidFile => Path.Combine(Directory, "rabbitmq.pid");

    public static bool IsInstalled => File.Exists(Path.Combine(ScriptDirectory, "rabbitmq-server"));

    // Debian's /usr/sbin wrappers rebuild the command line through su; calling the scripts they
    // wrap directly keeps arguments intact and the environment under our control.
    public static string Script(string name) => Path.Combine(ScriptDirectory, name);

    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        // The Erlang cookie lives in HOME; setpriv keeps root's, which the rabbitmq user cannot write.
        ["HOME"] = Directory,
        ["RABBITMQ_NODENAME"] = options.RabbitMqNodeName,
        ["RABBITMQ_DIST_PORT"] = Port(options.Ports.ErlangDistribution),
        ["ERL_EPMD_PORT"] = Port(options.Ports.Epmd),
        ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
        ["RABBITMQ_MNESIA_BASE"] = Path.Combine(Directory, "mnesia"),
        ["RABBITMQ_LOG_BASE"] = Path.Combine(Directory, "log"),
        ["RABBITMQ_PID_FILE"] = PidFile,
        ["RABBITMQ_CONFIG_FILE"] = Path.Combine(Directory, "rabbitmq.conf"),
        ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(Directory, "advanced.config"),
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(Directory, "enabled_plugins"),
        // Our own (empty) env file, so /etc/rabbitmq/rabbitmq-env.conf cannot change the node name or ports.
        ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(Directory, "rabbitmq-env.conf"),
        ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = LoopbackDistribution,
        ["RABBITMQ_CTL_ERL_ARGS"] = LoopbackDistribution,
    };

    public void WriteFiles()
    {
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "mnesia"));
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "log"));
        File.WriteAllText(Path.Combine(Directory, "rabbitmq.conf"), Config());
        File.WriteAllText(Path.Combine(Directory, "enabled_plugins"), "[rabbitmq_management].\n");
        File.WriteAllText(Path.Combine(Directory, "advanced.config"), AdvancedConfig);
        File.WriteAllText(Path.Combine(Directory, "rabbitmq-env.conf"), "");
        SystemUser.GiveTo(OsUser, Directory);
    }

    /// <summary>Ends the node's epmd, which daemonises and so outlives the node; true once none runs on its port.</summary>
    public async Task<bool> EndEpmdAsync()
    {
        var result = await CommandRunner.RunAsync("epmd", ["-port", Port(options.Ports.Epmd), "-kill"], timeout: TimeSpan.FromSeconds(10));
        return result.Succeeded || result.Output.Contains("Cannot connect", StringComparison.Ordinal);
    }

    /// <summary>rabbitmqctl against this node (it finds the node through our epmd port).</summary>
    public Task<CommandResult> CtlAsync(IEnumerable<string> arguments, CancellationToken cancellationToken = default)
    {
        var (file, args) = SystemUser.As(OsUser, Script("rabbitmqctl"), new[] { "-n", options.RabbitMqNodeName }.Concat(arguments));
        return CommandRunner.RunAsync(file, args, Environment, TimeSpan.FromSeconds(90), cancellationToken);
    }

    // Queue depths in the management API are sampled in 5 s buckets by default; 1 s ones make
    // a test that waits for a message in an error queue see it four seconds sooner.
    private const string AdvancedConfig = """
        [{rabbitmq_management_agent, [{sample_retention_policies,
            [{global, [{605, 1}, {3660, 60}]}, {basic, [{605, 1}, {3600, 60}]}, {detailed, [{605, 1}]}]}]}].

        """;

    private string Config() => $"""
        listeners.tcp.1 = 127.0.0.1:{options.Ports.Amqp}
        management.tcp.ip = 127.0.0.1
        management.tcp.port = {options.Ports.RabbitMqManagement}
        default_vhost = /
        default_user = {User}
        default_pass = {Password}
        default_user_tags.administrator = true
        default_permissions.configure = .*
        default_permissions.read = .*
        default_permissions.write = .*
        loopback_users = none
        # Queue depths in the management API are at most a second old (default 5 s).
        collect_statistics_interval = 1000
        log.console = true
        log.console.level = warning
        log.console.use_colors = off
        log.file.level = info

        """;

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);
}
