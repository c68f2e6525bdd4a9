using Aspire.AppHost.Setup;

namespace Aspire.AppHost.Postgres;

/// <summary>
/// A PostgreSQL server of the platform's own: its own data folder, port and socket folder under the
/// platform's data folder, bound to loopback, so it runs beside Debian's server and another platform.
/// </summary>
public sealed class PostgresServer(PlatformHostOptions options)
{
    /// <summary>The superuser that initdb creates; it provisions the per-service roles and databases.</summary>
    public const string Superuser = "platform";

    public const string OsUser = "postgres";

    public string Bin { get; } = PostgresBinaries.Find()
        ?? throw new InvalidOperationException("PostgreSQL is not installed: " + Prerequisites.InstallCommand);

    public int Port => options.Ports.Postgres;

    public string DataDirectory => Path.Combine(options.DataDirectory, "postgres");

    public string ConnectionString(string database, string role) =>
        $"Host=127.0.0.1;Port={Port};Database={database};Username={role}";

    public IEnumerable<string> InitDbArguments =>
        ["-D", DataDirectory, "-U", Superuser, "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"];

    public IEnumerable<string> ServerArguments
    {
        get
        {
            List<string> args = ["-D", DataDirectory, "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-k", DataDirectory,
                "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"];
            if (!options.DurablePostgres)
            {
                args.AddRange(["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]);
            }

            return args;
        }
    }
}
