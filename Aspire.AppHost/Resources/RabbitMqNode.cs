using Aspire.AppHost.Hosting;
using Aspire.AppHost.Processes;

namespace Aspire.AppHost.Resources;

/// <summary>
/// The files and environment of one RabbitMQ node kept entirely under our data folder: its own
/// node name, epmd and distribution ports, bound to loopback, so it runs beside Debian's broker
/// and beside another platform.
/// </summary>
internal sealed class RabbitMqNode(PlatformOptions options)
{
    public const string OsUser = "rabbitmq";

    private const string ScriptDirectory = "/usr/lib/rabbitmq/bin";

    private const string LoopbackDistribution = "-kernel inet_dist_use_interface {127,0,0,1}";

    public string Directory => Path.Combine(options.DataDirectory, "rabbitmq");

    public string PidFile => Path.Combine(Directory, "rabbitmq.pid");

    public string EpmdPortFile => Path.Combine(Directory, "epmd.port");

    public static bool IsInstalled => File.Exists(Path.Combine(ScriptDirectory, "rabbitmq-server"));

    // Debian's /usr/sbin wrappers rebuild the command line through su; calling the scripts they
    // wrap directly keeps arguments intact and the environment under our control.
    public static string Script(string name) => Path.Combine(ScriptDirectory, name);

    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
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

    public async Task WriteFilesAsync(CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "mnesia"));
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "log"));
        await File.WriteAllTextAsync(Path.Combine(Directory, "rabbitmq.conf"), Config(), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(Directory, "enabled_plugins"), "[rabbitmq_management].\n", cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(Directory, "advanced.config"), AdvancedConfig, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(Directory, "rabbitmq-env.conf"), "", cancellationToken);
        await SystemUser.GiveToAsync(OsUser, Directory, cancellationToken);
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
        default_user = {RabbitMqResource.User}
        default_pass = {RabbitMqResource.Password}
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

    private static string Port(int port) => port.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
