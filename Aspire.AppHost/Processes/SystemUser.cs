namespace Aspire.AppHost.Processes;

/// <summary>
/// PostgreSQL's tools and RabbitMQ refuse to run as root, so as root they run as their own
/// Debian users (su keeps the environment apart from HOME, SHELL, USER, LOGNAME and PATH).
/// </summary>
internal static class SystemUser
{
    public static bool IsRoot { get; } = Environment.UserName == "root";

    public static (string FileName, IReadOnlyList<string> Arguments) As(string user, string fileName, IEnumerable<string> arguments)
    {
        if (!IsRoot)
        {
            return (fileName, [.. arguments]);
        }

        var command = "exec " + string.Join(' ', new[] { fileName }.Concat(arguments).Select(Quote));
        return ("su", [user, "-s", "/bin/sh", "-c", command]);
    }

    public static async Task GiveToAsync(string user, string path, CancellationToken cancellationToken)
    {
        if (IsRoot)
        {
            await CommandRunner.RunCheckedAsync("chown", ["-R", user + ":", path], cancellationToken: cancellationToken);
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
