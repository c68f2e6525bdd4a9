namespace Aspire.AppHost.Processes;

/// <summary>
/// PostgreSQL and RabbitMQ refuse to run as root, so as root they run as their own Debian users
/// through setpriv, which execs in place: the orchestrator's SIGTERM reaches the server itself,
/// and the environment the resource is given is kept whole.
/// </summary>
public static class SystemUser
{
    public static bool IsRoot { get; } = Environment.UserName == "root";

    public static (string FileName, IReadOnlyList<string> Arguments) As(string user, string fileName, IEnumerable<string> arguments) =>
        IsRoot
            ? ("setpriv", [$"--reuid={user}", $"--regid={user}", "--init-groups", "--", fileName, .. arguments])
            : (fileName, [.. arguments]);

    public static void GiveTo(string user, string path)
    {
        if (IsRoot)
        {
            CommandRunner.RunCheckedAsync("chown", ["-R", user + ":", path]).GetAwaiter().GetResult();
        }
    }

    /// <summary>Lets the postgres and rabbitmq users reach their folders inside ours.</summary>
    public static void MakeTraversable(string directory)
    {
        if (IsRoot && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(directory, File.GetUnixFileMode(directory)
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }
    }

    /// <summary>
    /// As root, PostgreSQL and RabbitMQ run as their own users, who must be able to pass through
    /// every folder above the data folder; a clone in a private folder (mode 700, as /root and
    /// mktemp's folders are) fails deep inside initdb. Says so plainly instead.
    /// </summary>
    public static void RequireReachable(string directory, string user)
    {
        if (!IsRoot || OperatingSystem.IsWindows())
        {
            return;
        }

        for (var folder = Directory.GetParent(Path.GetFullPath(directory)); folder is not null; folder = folder.Parent)
        {
            if ((File.GetUnixFileMode(folder.FullName) & UnixFileMode.OtherExecute) == 0)
            {
                throw new InvalidOperationException(
                    $"the '{user}' user cannot pass through {folder.FullName} to reach {directory} (the folder lacks o+x). "
                    + $"Clone the repository under a folder others may pass through, or run: chmod o+x {Quote(folder.FullName)}");
            }
        }
    }

    public static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
