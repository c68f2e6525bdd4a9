using Aspire.AppHost.Hosting;
using Aspire.AppHost.Processes;
using Npgsql;

namespace Aspire.AppHost.Resources;

/// <summary>A PostgreSQL server of our own: its own data folder, port and socket, run as the postgres user when we are root.</summary>
public sealed class PostgresResource(PlatformOptions options) : PlatformResource(ResourceName)
{
    public const string ResourceName = "postgres";

    /// <summary>The superuser that initdb creates; it provisions the per-service roles and databases.</summary>
    public const string Superuser = "platform";

    private const string OsUser = "postgres";

    private readonly string bin = PostgresBinaries.Find()
        ?? throw new InvalidOperationException("PostgreSQL is not installed: sudo apt-get install -y postgresql");

    public int Port => options.Ports.Postgres;

    public string DataDirectory => Path.Combine(options.DataDirectory, "postgres");

    public string LogPath => Path.Combine(options.LogDirectory, ResourceName + ".log");

    public override string Url => $"postgres://{Superuser}@127.0.0.1:{Port}";

    public string ConnectionString(string database, string role) =>
        $"Host=127.0.0.1;Port={Port};Database={database};Username={role}";

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        State = ResourceState.Starting;
        SystemUser.RequireReachable(options.DataDirectory, OsUser);
        if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            await InitializeAsync(cancellationToken);
        }

        if (!File.Exists(LogPath))
        {
            await File.WriteAllTextAsync(LogPath, "", cancellationToken);
        }

        await SystemUser.GiveToAsync(OsUser, LogPath, cancellationToken);
        if ((await PgCtlAsync(["status", "-D", DataDirectory], cancellationToken)).Succeeded)
        {
            // Left running by an AppHost that was killed; restart it with this run's settings.
            await PgCtlAsync(["stop", "-D", DataDirectory, "-m", "fast", "-w"], cancellationToken);
        }

        var start = await PgCtlAsync(["start", "-D", DataDirectory, "-l", LogPath, "-w", "-t", "60", "-o", ServerOptions()], cancellationToken);
        if (!start.Succeeded)
        {
            State = ResourceState.Failed;
            throw new InvalidOperationException($"PostgreSQL did not start:\n{start.Output}\n{ResourceLog.TailOf(LogPath)}");
        }

        var admin = ConnectionString("postgres", Superuser);
        if (!await Readiness.WaitAsync(ct => CanConnectAsync(admin, ct), options.ReadinessTimeout, () => false, cancellationToken))
        {
            State = ResourceState.Failed;
            throw new TimeoutException($"PostgreSQL accepts no connections on port {Port}:\n{ResourceLog.TailOf(LogPath)}");
        }

        await new PostgresProvisioner(this).ProvisionAsync(cancellationToken);
        State = ResourceState.Healthy;
    }

    public override async Task StopAsync()
    {
        if (State is ResourceState.NotStarted or ResourceState.Stopped)
        {
            return;
        }

        State = ResourceState.Stopping;
        NpgsqlConnection.ClearAllPools();
        await PgCtlAsync(["stop", "-D", DataDirectory, "-m", "fast", "-w"], CancellationToken.None);
        State = ResourceState.Stopped;
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(DataDirectory);
        await SystemUser.GiveToAsync(OsUser, DataDirectory, cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(DataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var (file, args) = SystemUser.As(OsUser, Path.Combine(bin, "initdb"),
            ["-D", DataDirectory, "-U", Superuser, "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"]);
        await CommandRunner.RunCheckedAsync(file, args, cancellationToken: cancellationToken);
    }

    private string ServerOptions()
    {
        var settings = $"-p {Port} -k {SystemUser.Quote(DataDirectory)} -c listen_addresses=127.0.0.1 -c max_connections=200";
        return options.DurablePostgres ? settings : settings + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
    }

    private Task<CommandResult> PgCtlAsync(IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var (file, args) = SystemUser.As(OsUser, Path.Combine(bin, "pg_ctl"), arguments);
        return CommandRunner.RunAsync(file, args, timeout: TimeSpan.FromSeconds(90), cancellationToken: cancellationToken);
    }

    private static async Task<bool> CanConnectAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return true;
    }
}
