using Aspire.AppHost.Hosting;

namespace Platform.IntegrationTests.Infrastructure;

internal static class TestPlatformOptions
{
    public static PlatformOptions Create(
        string dataDirectory,
        string? otlpEndpoint,
        string? otlpProtocol,
        Action<string, IDictionary<string, string>>? configureEnvironment)
    {
        // The services are started from the configuration this test assembly was built in (Debug locally, Release in CI).
        var outputDirectory = Path.GetDirectoryName(typeof(TestPlatformOptions).Assembly.Location)!;
        return new PlatformOptions
        {
            RepoRoot = RepositoryLayout.FindRoot(outputDirectory),
            DataDirectory = dataDirectory,
            BuildConfiguration = RepositoryLayout.ConfigurationOf(outputDirectory),
            Ports = PlatformPorts.AllocateFree(),
            RabbitMqNodeName = $"platform-test-{Guid.NewGuid():N}"[..24] + "@localhost",
            EnvironmentName = "Development",
            OtlpEndpoint = otlpEndpoint,
            OtlpProtocol = otlpProtocol,
            ConsoleOutput = false,
            RequireAllProjects = true,
            DurablePostgres = false,
            ConfigureEnvironment = (name, env) =>
            {
                if (otlpEndpoint is not null)
                {
                    // Spans reach the test's collector within a fraction of a second instead of 5 s.
                    env["OTEL_BSP_SCHEDULE_DELAY"] = "200";
                }

                configureEnvironment?.Invoke(name, env);
            },
        };
    }
}
