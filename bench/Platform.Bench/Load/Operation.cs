namespace Platform.Bench.Load;

/// <summary>One request of a load phase; true when it succeeded. The sequence number lets it vary its input.</summary>
public delegate Task<bool> Operation(long sequence, CancellationToken cancellationToken);
