using System.Globalization;

namespace Aspire.AppHost.Setup;

/// <summary>
/// The app host's command line for a platform beside the developer's: the tests and the benchmark
/// start the same app host with these arguments (free ports, a throwaway folder, their own sink).
/// </summary>
public static class PlatformArguments
{
    public static string[] For(
        string dataDirectory,
        PlatformPorts ports,
        string rabbitMqNodeName,
        bool durablePostgres,
        string? otlpEndpoint,
        IReadOnlyDictionary<string, string> projectEnvironment,
        bool projects = true)
    {
        var args = new List<string>
        {
            Arg("DataDirectory", dataDirectory),
            Arg("PrintStatus", "false"),
            Arg("Projects", projects ? "true" : "false"),
            Arg("RabbitMqNodeName", rabbitMqNodeName),
            Arg("DurablePostgres", durablePostgres ? "true" : "false"),
            Arg("Ports:Postgres", ports.Postgres),
            Arg("Ports:Amqp", ports.Amqp),
            Arg("Ports:RabbitMqManagement", ports.RabbitMqManagement),
            Arg("Ports:ErlangDistribution", ports.ErlangDistribution),
            Arg("Ports:Epmd", ports.Epmd),
            Arg("Ports:Gateway", ports.Gateway),
            Arg("Ports:Console", ports.Console),
        };
        args.AddRange(ports.Services.Select(s => Arg("Ports:" + s.Key, s.Value)));
        if (otlpEndpoint is not null)
        {
            args.Add(Arg("OtlpEndpoint", otlpEndpoint));
        }

        args.AddRange(projectEnvironment.Select(e => Arg("ProjectEnvironment:" + e.Key, e.Value)));
        return [.. args];
    }

    private static string Arg(string key, int value) => Arg(key, value.ToString(CultureInfo.InvariantCulture));

    private static string Arg(string key, string value) => $"--{PlatformHostOptions.Section}:{key}={value}";
}
