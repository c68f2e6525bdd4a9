namespace Platform.IntegrationTests.Infrastructure;

/// <summary>A clock the test sets (the TimeProvider testing package is not available here).</summary>
public sealed class ManualTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
