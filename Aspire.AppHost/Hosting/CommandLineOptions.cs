namespace Aspire.AppHost.Hosting;

/// <summary>
/// The few switches a person needs: --infra-only (PostgreSQL and RabbitMQ only), --data-dir DIR
/// and --free-ports, which together run a second platform beside the usual one.
/// </summary>
public static class CommandLineOptions
{
    public static PlatformOptions Parse(IReadOnlyList<string> args)
    {
        var defaults = PlatformOptions.CreateDefault();
        var dataDir = ValueOf(args, "--data-dir");
        var freePorts = args.Contains("--free-ports");
        return new PlatformOptions
        {
            RepoRoot = defaults.RepoRoot,
            BuildConfiguration = defaults.BuildConfiguration,
            DataDirectory = dataDir is null ? defaults.DataDirectory : Path.GetFullPath(dataDir),
            Ports = freePorts ? PlatformPorts.AllocateFree() : PlatformPorts.Defaults,
            RabbitMqNodeName = freePorts ? $"platform-{Environment.ProcessId}@localhost" : defaults.RabbitMqNodeName,
            IncludeProjects = !args.Contains("--infra-only"),
            OtlpEndpoint = Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT"),
        };
    }

    private static string? ValueOf(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }

        return null;
    }
}
