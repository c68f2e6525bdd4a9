using System.Globalization;

namespace Aspire.AppHost.Processes;

/// <summary>
/// Processes that an AppHost killed without warning left running. Each is found through a pid
/// file in our data folder and ended, so the next start can bind its ports again.
/// </summary>
internal static class Leftovers
{
    public static async Task WritePidAsync(string pidFile, int pid)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(pidFile)!);
        await File.WriteAllTextAsync(pidFile, pid.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Ends the process named in the pid file if it still runs and its command line mentions <paramref name="marker"/>.</summary>
    public static async Task EndAsync(string pidFile, string marker)
    {
        if (!File.Exists(pidFile)
            || !int.TryParse((await File.ReadAllTextAsync(pidFile)).Trim(), out var pid)
            || !IsRunning(pid, marker))
        {
            return;
        }

        var id = pid.ToString(CultureInfo.InvariantCulture);
        await CommandRunner.RunAsync("kill", ["-s", "TERM", id]);
        for (var i = 0; i < 150 && IsRunning(pid, marker); i++)
        {
            await Task.Delay(100);
        }

        if (IsRunning(pid, marker))
        {
            await CommandRunner.RunAsync("kill", ["-s", "KILL", id]);
        }
    }

    private static bool IsRunning(int pid, string marker)
    {
        try
        {
            var commandLine = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
            return commandLine.Contains(marker, StringComparison.Ordinal) && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ", StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
