namespace Aspire.AppHost.Processes;

/// <summary>A resource's output: always to logs/NAME.log, and to the console prefixed with its name when asked.</summary>
internal sealed class ResourceLog : IDisposable
{
    private static readonly Lock ConsoleLock = new();
    private readonly StreamWriter writer;
    private readonly bool echo;
    private readonly Func<string, bool> worthShowing;
    private readonly string prefix;
    private bool disposed;

    public ResourceLog(string name, string logDirectory, bool echoToConsole, Func<string, bool>? consoleFilter = null)
    {
        Directory.CreateDirectory(logDirectory);
        Path = System.IO.Path.Combine(logDirectory, name + ".log");
        writer = new StreamWriter(new FileStream(Path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
        echo = echoToConsole;
        worthShowing = consoleFilter ?? (_ => true);
        prefix = $"[{name}] ";
    }

    public string Path { get; }

    public void WriteLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (writer)
        {
            // A grandchild that still holds the pipe may write after the resource stopped.
            if (disposed)
            {
                return;
            }

            writer.WriteLine(line);
        }

        if (echo && worthShowing(line))
        {
            lock (ConsoleLock)
            {
                Console.Out.WriteLine(prefix + line);
            }
        }
    }

    public string Tail(int lines = 40) => TailOf(Path, lines);

    public static string TailOf(string path, int lines = 40)
    {
        if (!File.Exists(path))
        {
            return $"({path} does not exist)";
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        var all = reader.ReadToEnd().Split('\n');
        return string.Join('\n', all.TakeLast(lines));
    }

    public void Dispose()
    {
        lock (writer)
        {
            disposed = true;
            writer.Dispose();
        }
    }
}
