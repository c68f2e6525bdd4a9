using System.Globalization;

namespace Platform.Bench.Hosting;

/// <summary>
/// Peak resident memory and CPU time of each platform process (with its children, for
/// PostgreSQL's backends), read from /proc while the load runs.
/// </summary>
public sealed class ProcessMeter : IAsyncDisposable
{
    private static readonly double ClockTicksPerSecond = 100; // USER_HZ on Linux
    // Reading smaps_rollup walks a process's page tables: for a hundred PostgreSQL backends every
    // 200 ms that was tens of milliseconds of kernel time at a go, on the cores being measured.
    // Single processes need no sampling at all (the kernel keeps their peak, VmHWM); trees are
    // sampled every 2 s.
    private static readonly TimeSpan SampleEvery = TimeSpan.FromSeconds(2);

    private readonly IReadOnlyDictionary<string, int> processes;
    private readonly Dictionary<string, double> cpuAtStart;
    private readonly Dictionary<string, long> peakRssKb;
    private readonly CancellationTokenSource stop = new();
    private readonly Task sampler;

    private ProcessMeter(IReadOnlyDictionary<string, int> processes)
    {
        this.processes = processes;
        cpuAtStart = processes.ToDictionary(p => p.Key, p => CpuSeconds(p.Value));
        peakRssKb = processes.ToDictionary(p => p.Key, _ => 0L);
        sampler = Task.Run(SampleAsync);
    }

    public static ProcessMeter Start(IReadOnlyDictionary<string, int> processes) => new(processes);

    /// <summary>Stops sampling; per process: peak resident MB and CPU seconds used since the start.</summary>
    public async Task<IReadOnlyList<ProcessUsage>> StopAsync()
    {
        await stop.CancelAsync();
        await sampler;
        Sample();
        return processes
            .Select(p => new ProcessUsage(p.Key, peakRssKb[p.Key] / 1024.0, CpuSeconds(p.Value) - cpuAtStart[p.Key]))
            .OrderBy(u => u.Process, StringComparer.Ordinal)
            .ToList();
    }

    public async ValueTask DisposeAsync()
    {
        if (!stop.IsCancellationRequested)
        {
            await StopAsync();
        }

        stop.Dispose();
    }

    public static int? PostgresPostmaster(string dataDirectory)
    {
        var pidFile = Path.Combine(dataDirectory, "postmaster.pid");
        return File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).First(), out var pid) ? pid : null;
    }

    /// <summary>
    /// The application itself when <paramref name="pid"/> is the `dotnet run` the orchestrator
    /// starts a project with (the runner waits for its one child); otherwise <paramref name="pid"/>.
    /// </summary>
    public static int ApplicationOf(int pid)
    {
        var cmdline = TryRead($"/proc/{pid}/cmdline")?.Split('\0') ?? [];
        if (cmdline.Length < 2 || cmdline[1] != "run")
        {
            return pid;
        }

        var children = TryRead($"/proc/{pid}/task/{pid}/children")?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return children.Length == 1 && int.TryParse(children[0], CultureInfo.InvariantCulture, out var child) ? child : pid;
    }

    public static int? FindByCommandLine(string fragment)
    {
        foreach (var pid in AllPids())
        {
            var cmdline = TryRead($"/proc/{pid}/cmdline");
            if (cmdline is not null && cmdline.Contains(fragment, StringComparison.Ordinal) && cmdline.Contains("beam", StringComparison.Ordinal))
            {
                return pid;
            }
        }

        return null;
    }

    /// <summary>The process and every process below it, parents first.</summary>
    public static IReadOnlyList<int> TreeOf(int root) => Tree(root, ChildrenByParent());

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(SampleEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                Sample();
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }

    private void Sample()
    {
        var children = ChildrenByParent();
        foreach (var (name, pid) in processes)
        {
            var tree = Tree(pid, children);
            // A tree (PostgreSQL's backends) shares memory; proportional set size counts it once.
            var resident = tree.Count == 1 ? Math.Max(StatusKb(pid, "VmRSS:"), StatusKb(pid, "VmHWM:")) : tree.Sum(Pss);
            peakRssKb[name] = Math.Max(peakRssKb[name], resident);
        }
    }

    /// <summary>
    /// The live tree's own time plus the time of children the root has reaped: a PostgreSQL
    /// backend that ends hands its time to the postmaster's cutime/cstime instead of vanishing.
    /// </summary>
    private static double CpuSeconds(int pid)
    {
        var live = Tree(pid, ChildrenByParent()).Sum(p => Stat(p) is { } fields ? Ticks(fields, 11) + Ticks(fields, 12) : 0);
        var reaped = Stat(pid) is { } root ? Ticks(root, 13) + Ticks(root, 14) : 0;
        return (live + reaped) / ClockTicksPerSecond;
    }

    private static double Ticks(string[] fields, int index) => double.Parse(fields[index], CultureInfo.InvariantCulture);

    private static List<int> Tree(int root, ILookup<int, int> children)
    {
        var result = new List<int> { root };
        for (var i = 0; i < result.Count; i++)
        {
            result.AddRange(children[result[i]]);
        }

        return result;
    }

    private static ILookup<int, int> ChildrenByParent() =>
        AllPids().Select(pid => (pid, fields: Stat(pid))).Where(p => p.fields is not null)
            .ToLookup(p => int.Parse(p.fields![1], CultureInfo.InvariantCulture), p => p.pid);

    /// <summary>The fields of /proc/PID/stat after the command name: [0] is the state, [1] the parent, [11] utime, [12] stime, [13] cutime, [14] cstime.</summary>
    private static string[]? Stat(int pid)
    {
        var stat = TryRead($"/proc/{pid}/stat");
        var end = stat?.LastIndexOf(')') ?? -1;
        return end < 0 ? null : stat![(end + 2)..].Split(' ');
    }

    private static long StatusKb(int pid, string field) => KbField($"/proc/{pid}/status", field);

    private static long Pss(int pid) => KbField($"/proc/{pid}/smaps_rollup", "Pss:");

    /// <summary>The kB figure of a "Name:   1234 kB" line in a /proc file; 0 when the process has gone.</summary>
    private static long KbField(string path, string field)
    {
        var line = TryRead(path)?.Split('\n').FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }

    private static IEnumerable<int> AllPids() =>
        Directory.EnumerateDirectories("/proc").Select(Path.GetFileName).Select(n => int.TryParse(n, out var pid) ? pid : -1).Where(p => p > 0);

    private static string? TryRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
