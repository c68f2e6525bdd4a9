using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Aspire.AppHost.Setup;

/// <summary>
/// Everything that differs between a developer's platform and a test run's, read from the
/// <c>Platform</c> configuration section (command-line arguments such as
/// <c>--Platform:DataDirectory=/tmp/x</c>; see <see cref="PlatformArguments"/>).
/// </summary>
public sealed class PlatformHostOptions
{
    public const string Section = "Platform";

    /// <summary>Holds every resource's data and the generated keys; default: .platform/ in the repository.</summary>
    public required string DataDirectory { get; init; }

    public required PlatformPorts Ports { get; init; }

    /// <summary>The ASP.NET Core environment of every project; /dev/token exists only in Development.</summary>
    public string EnvironmentName { get; init; } = "Development";

    public string RabbitMqNodeName { get; init; } = "platform@localhost";

    /// <summary>False turns off fsync: a throwaway test database needs speed, not crash safety.</summary>
    public bool DurablePostgres { get; init; } = true;

    /// <summary>Where the projects export traces, metrics and logs instead of the dashboard (a test's or the benchmark's sink).</summary>
    public string? OtlpEndpoint { get; init; }

    /// <summary>OTEL_EXPORTER_OTLP_PROTOCOL for <see cref="OtlpEndpoint"/>.</summary>
    public string OtlpProtocol { get; init; } = "http/protobuf";

    /// <summary>
    /// False starts only the infrastructure (postgres-init, postgres, database-logins, rabbitmq) and no
    /// project: the in-process tests host a service themselves against it.
    /// </summary>
    public bool Projects { get; init; } = true;

    /// <summary>Print the table of resources once everything is healthy (the developer's console; not in tests).</summary>
    public bool PrintStatus { get; init; } = true;

    /// <summary>Environment variables given to every project on top of the platform's own (tests' short retry delays, say).</summary>
    public IReadOnlyDictionary<string, string> ProjectEnvironment { get; init; } = new Dictionary<string, string>();

    /// <summary>The settings file every project watches; edit it to change, say, trace sampling without a restart.</summary>
    public string OperatorSettingsFile => Path.Combine(DataDirectory, "operator-settings.json");

    /// <summary>Creates the data folder, passable for the postgres and rabbitmq users.</summary>
    public void PrepareDataDirectory()
    {
        Directory.CreateDirectory(DataDirectory);
        Processes.SystemUser.MakeTraversable(DataDirectory);
    }

    public static PlatformHostOptions From(IConfiguration configuration, string repositoryRoot)
    {
        var section = configuration.GetSection(Section);
        var ports = section.GetSection("Ports");
        int Port(string name, int fallback) => int.TryParse(ports[name], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : fallback;
        var defaults = PlatformPorts.Defaults;
        return new PlatformHostOptions
        {
            DataDirectory = Path.GetFullPath(section["DataDirectory"] ?? Path.Combine(repositoryRoot, ".platform")),
            Ports = new PlatformPorts(
                Port(nameof(PlatformPorts.Postgres), defaults.Postgres),
                Port(nameof(PlatformPorts.Amqp), defaults.Amqp),
                Port(nameof(PlatformPorts.RabbitMqManagement), defaults.RabbitMqManagement),
                Port(nameof(PlatformPorts.ErlangDistribution), defaults.ErlangDistribution),
                Port(nameof(PlatformPorts.Epmd), defaults.Epmd),
                Port(nameof(PlatformPorts.Gateway), defaults.Gateway),
                Port(nameof(PlatformPorts.Console), defaults.Console),
                defaults.Services.ToDictionary(s => s.Key, s => Port(s.Key, s.Value))),
            EnvironmentName = section["EnvironmentName"] ?? "Development",
            RabbitMqNodeName = section["RabbitMqNodeName"] ?? "platform@localhost",
            DurablePostgres = !bool.TryParse(section["DurablePostgres"], out var durable) || durable,
            OtlpEndpoint = section["OtlpEndpoint"],
            OtlpProtocol = section["OtlpProtocol"] ?? "http/protobuf",
            Projects = !bool.TryParse(section["Projects"], out var projects) || projects,
            PrintStatus = !bool.TryParse(section["PrintStatus"], out var print) || print,
            ProjectEnvironment = section.GetSection("ProjectEnvironment").GetChildren()
                .Where(c => c.Value is not null)
                .ToDictionary(c => c.Key, c => c.Value!),
        };
    }
}
