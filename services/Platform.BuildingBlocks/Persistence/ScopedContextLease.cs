namespace Platform.BuildingBlocks.Persistence;

/// <summary>
/// A scope's lease of a pooled context: the one thing the scope disposes that returns the context to the pool.
/// The context itself is registered under several names, and the scope disposes it under each.
/// </summary>
internal sealed class ScopedContextLease<TDb>(TDb context) : IAsyncDisposable, IDisposable
    where TDb : ServiceDbContext
{
    public TDb Context => context;

    public ValueTask DisposeAsync() => context.ReturnAsync();

    public void Dispose() => context.Return();
}
