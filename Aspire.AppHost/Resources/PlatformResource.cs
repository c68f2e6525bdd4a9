namespace Aspire.AppHost.Resources;

/// <summary>
/// One thing the platform runs, after Aspire's resource model: it has a name, the resources it
/// references (which start before it and stop after it), a URL to show, and a health state.
/// </summary>
public abstract class PlatformResource(string name)
{
    private readonly List<PlatformResource> references = [];

    public string Name { get; } = name;

    public IReadOnlyList<PlatformResource> References => references;

    public ResourceState State { get; protected set; } = ResourceState.NotStarted;

    /// <summary>Why it was skipped or failed, for the status table.</summary>
    public string? StateDetail { get; protected set; }

    /// <summary>Where a person or a client reaches it.</summary>
    public abstract string Url { get; }

    /// <summary>Starts the resource and returns once it is healthy.</summary>
    public abstract Task StartAsync(CancellationToken cancellationToken);

    /// <summary>Stops the resource; does nothing when it is not running.</summary>
    public abstract Task StopAsync();

    internal void AddReference(PlatformResource resource)
    {
        if (!references.Contains(resource))
        {
            references.Add(resource);
        }
    }
}
