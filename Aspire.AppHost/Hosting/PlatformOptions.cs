namespace Aspire.AppHost.Hosting;

/// <summary>Everything that differs between a developer's platform and a test run's.</summary>
public sealed class PlatformOptions
{
    public required string RepoRoot { get; init; }

    /// <summary>Holds every resource's data, the generated keys and the logs.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>Release or Debug: which bin/ folder the services are started from.</summary>
    public required string BuildConfiguration { get; init; }

    public PlatformPorts Ports { get; init; } = PlatformPorts.Defaults;

    public string EnvironmentName { get; init; } = "Development";

    public string RabbitMqNodeName { get; init; } = "platform@localhost";

    public string? OtlpEndpoint { get; init; }

    /// <summary>OTEL_EXPORTER_OTLP_PROTOCOL (grpc or http/protobuf) when the collector needs it.</summary>
    public string? OtlpProtocol { get; init; }

    /// <summary>Called once per project resource (by name) to add or override environment variables.</summary>
    public Action<string, IDictionary<string, string>>? ConfigureEnvironment { get; init; }

    /// <summary>Echo child output to the console, prefixed with the resource name (always also to a file).</summary>
    public bool ConsoleOutput { get; init; } = true;

    /// <summary>False starts only PostgreSQL and RabbitMQ.</summary>
    public bool IncludeProjects { get; init; } = true;

    /// <summary>True fails when a service dll is missing; false skips that service with a message.</summary>
    public bool RequireAllProjects { get; init; }

    /// <summary>False turns off fsync: a throwaway test database needs speed, not crash safety.</summary>
    public bool DurablePostgres { get; init; } = true;

    public TimeSpan ReadinessTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public string LogDirectory => Path.Combine(DataDirectory, "logs");

    /// <summary>The settings file every project watches; edit it to change, say, trace sampling without a restart.</summary>
    public string OperatorSettingsFile => Path.Combine(DataDirectory, "operator-settings.json");

    /// <summary>The developer's defaults: repository found from the running assembly, data in .platform/.</summary>
    public static PlatformOptions CreateDefault(string? baseDirectory = null)
    {
        var baseDir = baseDirectory ?? AppContext.BaseDirectory;
        var root = RepositoryLayout.FindRoot(baseDir);
        return new PlatformOptions
        {
            RepoRoot = root,
            DataDirectory = Path.Combine(root, ".platform"),
            BuildConfiguration = RepositoryLayout.ConfigurationOf(baseDir),
        };
    }
}
