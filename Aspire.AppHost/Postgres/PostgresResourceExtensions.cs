using Aspire.AppHost.Processes;
using Aspire.AppHost.Setup;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Aspire.AppHost.Postgres;

/// <summary>The server resource, and the resources that complete before it and after it.</summary>
public sealed record PlatformPostgres(PostgresServer Server, IResourceBuilder<ExecutableResource> Resource, IResourceBuilder<ExecutableResource> DatabaseLogins)
{
    /// <summary>The resource that provisions each service's database and logins, then exits; tests wait for it.</summary>
    public const string DatabaseLoginsResource = "database-logins";
}

internal static class PostgresResourceExtensions
{
    private const string ReadyCheck = "postgres-accepts-queries";

    /// <summary>
    /// postgres-init (initdb, once per data folder) → postgres (the server, healthy once it answers
    /// a query) → database-logins (each service's database, owner and runtime login).
    /// </summary>
    public static PlatformPostgres AddPlatformPostgres(this IDistributedApplicationBuilder builder, PlatformHostOptions options)
    {
        var server = new PostgresServer(options);
        PrepareDataDirectory(server, options);

        var (initFile, initArgs) = SystemUser.As(PostgresServer.OsUser, "/bin/sh",
            ["-c", "[ -f \"$1/PG_VERSION\" ] && exit 0; shift; exec \"$@\"", "sh", server.DataDirectory, Path.Combine(server.Bin, "initdb"), .. server.InitDbArguments]);
        var init = builder.AddExecutable("postgres-init", initFile, options.DataDirectory, [.. initArgs]);

        var (file, args) = SystemUser.As(PostgresServer.OsUser, Path.Combine(server.Bin, "postgres"), server.ServerArguments);
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            ReadyCheck, _ => new PostgresReadyCheck(server.ConnectionString("postgres", PostgresServer.Superuser)), HealthStatus.Unhealthy, tags: null));
        var postgres = builder.AddExecutable("postgres", file, options.DataDirectory, [.. args])
            .WithEndpoint(port: server.Port, name: "tcp", scheme: "tcp", isProxied: false)
            .WithHealthCheck(ReadyCheck)
            .WaitForCompletion(init);

        var script = Path.Combine(options.DataDirectory, "database-logins.sql");
        File.WriteAllText(script, DatabaseProvisioning.Script());
        var logins = builder.AddExecutable(PlatformPostgres.DatabaseLoginsResource, Path.Combine(server.Bin, "psql"), options.DataDirectory,
                ["-X", "-q", "-h", "127.0.0.1", "-p", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    "-U", PostgresServer.Superuser, "-d", "postgres", "-f", script])
            .WaitFor(postgres);
        return new PlatformPostgres(server, postgres, logins);
    }

    private static void PrepareDataDirectory(PostgresServer server, PlatformHostOptions options)
    {
        SystemUser.RequireReachable(options.DataDirectory, PostgresServer.OsUser);
        if (!Directory.Exists(server.DataDirectory))
        {
            Directory.CreateDirectory(server.DataDirectory);
            SystemUser.GiveTo(PostgresServer.OsUser, server.DataDirectory);
        }

        if (!OperatingSystem.IsWindows())
        {
            // initdb and the server refuse a data folder that others can read.
            File.SetUnixFileMode(server.DataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
