namespace Platform.Testing.Hosting;

/// <summary>Settings every in-process service runs with, where the production ones wait on a clock the test holds still.</summary>
internal static class InProcessSettings
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        // A consumer's retries and redeliveries wait on the service's clock, which the test holds
        // still: without delays a failing consumer fails at once instead of hanging until the test moves time.
        ["Messaging:ImmediateRetryDelays:0"] = "00:00:00",
        ["Messaging:RedeliveryDelays:0"] = "00:00:00",
        // The test's output is for its own failures; a service's warnings and errors still show.
        ["Logging:LogLevel:Default"] = "Warning",
    };
}
