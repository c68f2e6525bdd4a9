namespace Gateway.Operations;

/// <summary>An error or skipped queue, the queue its messages came from, and how many it holds (ready and unacknowledged).</summary>
internal sealed record ErrorQueue(string Name, string Origin, long Messages);
