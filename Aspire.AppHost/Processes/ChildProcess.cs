using System.Diagnostics;

namespace Aspire.AppHost.Processes;

/// <summary>
/// A long-running child. It is started through setsid, in a session of its own, so a Ctrl+C in the
/// terminal reaches only the AppHost, which then stops everything in reverse dependency order.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process process;

    private ChildProcess(Process process) => this.process = process;

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    public static ChildProcess Start(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string?> environment,
        ResourceLog log)
    {
        var info = new ProcessStartInfo("setsid")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(fileName);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            if (value is null)
            {
                info.Environment.Remove(key);
            }
            else
            {
                info.Environment[key] = value;
            }
        }

        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => log.WriteLine(e.Data);
        process.ErrorDataReceived += (_, e) => log.WriteLine(e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ChildProcess(process);
    }

    public Task WaitForExitAsync(CancellationToken cancellationToken) => process.WaitForExitAsync(cancellationToken);

    /// <summary>SIGTERM for a graceful shutdown, then the whole tree is killed after the grace period.</summary>
    public async Task StopAsync(TimeSpan grace, bool terminate = true)
    {
        if (process.HasExited)
        {
            return;
        }

        if (terminate)
        {
            await CommandRunner.RunAsync("kill", ["-s", "TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        using var timeout = new CancellationTokenSource(grace);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public void Dispose() => process.Dispose();
}
