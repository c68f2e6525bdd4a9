using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Testing.Hosting;

/// <summary>
/// Every resource's console output, written to a file per resource as it arrives: for reading
/// after a failure, and for the tests that prove no personal data reaches a log.
/// </summary>
internal sealed class ResourceLogFiles(DistributedApplication app, string directory) : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly List<Task> writers = [];

    public void Start(IEnumerable<IResource> resources)
    {
        Directory.CreateDirectory(directory);
        var logs = app.Services.GetRequiredService<ResourceLoggerService>();
        foreach (var resource in resources)
        {
            writers.Add(Task.Run(() => WriteAsync(logs, resource)));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await Task.WhenAll(writers).ContinueWith(_ => { }, TaskScheduler.Default);
        stop.Dispose();
    }

    private async Task WriteAsync(ResourceLoggerService logs, IResource resource)
    {
        await using var file = new StreamWriter(new FileStream(Path.Combine(directory, resource.Name + ".log"), FileMode.Append, FileAccess.Write, FileShare.ReadWrite))
        {
            AutoFlush = true,
        };
        try
        {
            await foreach (var batch in logs.WatchAsync(resource).WithCancellation(stop.Token))
            {
                foreach (var line in batch)
                {
                    await file.WriteLineAsync(line.Content);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The platform is stopping.
        }
    }
}
