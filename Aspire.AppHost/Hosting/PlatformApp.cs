using Aspire.AppHost.Resources;

namespace Aspire.AppHost.Hosting;

/// <summary>
/// The running platform. Each resource starts once everything it references is healthy, and
/// stops only after everything that references it has stopped.
/// </summary>
public sealed class PlatformApp(PlatformOptions options, PlatformSecrets secrets, IReadOnlyList<PlatformResource> resources) : IAsyncDisposable
{
    private readonly Lock stopLock = new();
    private Task? stopping;

    public PlatformOptions Options { get; } = options;

    public PlatformSecrets Secrets { get; } = secrets;

    public IReadOnlyList<PlatformResource> Resources { get; } = resources;

    public PostgresResource Postgres => Get<PostgresResource>(PostgresResource.ResourceName);

    public RabbitMqResource RabbitMq => Resources.OfType<RabbitMqResource>().Single();

    public ProjectResource Gateway => Get<ProjectResource>(PlatformAppBuilder.GatewayName);

    public T Get<T>(string name)
        where T : PlatformResource =>
        Resources.OfType<T>().SingleOrDefault(r => r.Name == name)
            ?? throw new KeyNotFoundException($"No {typeof(T).Name} named '{name}'.");

    /// <summary>The dlls of project resources that have not been built.</summary>
    public IReadOnlyList<string> MissingAssemblies() =>
        [.. Resources.OfType<ProjectResource>().Select(p => p.AssemblyPath).Where(path => !File.Exists(path))];

    /// <summary>Starts everything and returns when all is healthy; on failure stops what started and rethrows.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var starts = new Dictionary<PlatformResource, Task>();
        Task StartOne(PlatformResource resource) =>
            starts.TryGetValue(resource, out var task) ? task : starts[resource] = StartAfterReferencesAsync(resource);

        async Task StartAfterReferencesAsync(PlatformResource resource)
        {
            await Task.WhenAll(resource.References.Select(StartOne));
            try
            {
                await resource.StartAsync(failed.Token);
            }
            catch
            {
                await failed.CancelAsync();
                throw;
            }
        }

        var all = Task.WhenAll(Resources.Select(StartOne).ToList());
        try
        {
            await all;
        }
        catch
        {
            await StopAsync();
            var cause = starts.Values.Where(t => t.IsFaulted).Select(t => t.Exception!.InnerException!)
                .FirstOrDefault(e => e is not OperationCanceledException);
            if (cause is not null && !cancellationToken.IsCancellationRequested)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(cause);
            }

            throw;
        }
    }

    /// <summary>Stops everything in reverse dependency order; safe to call more than once.</summary>
    public Task StopAsync()
    {
        lock (stopLock)
        {
            return stopping ??= StopAllAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        foreach (var resource in Resources.OfType<IDisposable>())
        {
            resource.Dispose();
        }
    }

    private async Task StopAllAsync()
    {
        var stops = new Dictionary<PlatformResource, Task>();
        Task StopOne(PlatformResource resource) =>
            stops.TryGetValue(resource, out var task) ? task : stops[resource] = StopAfterDependentsAsync(resource);

        async Task StopAfterDependentsAsync(PlatformResource resource)
        {
            await Task.WhenAll(Resources.Where(r => r.References.Contains(resource)).Select(StopOne));
            try
            {
                await resource.StopAsync();
            }
            catch (Exception e)
            {
                await Console.Error.WriteLineAsync($"[{resource.Name}] did not stop cleanly: {e.Message}");
            }
        }

        await Task.WhenAll(Resources.Select(StopOne).ToList());
    }
}
