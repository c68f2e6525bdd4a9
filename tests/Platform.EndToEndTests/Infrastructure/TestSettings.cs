namespace Platform.EndToEndTests.Infrastructure;

/// <summary>Settings the test platform runs with, where production defaults would make tests slow.</summary>
internal static class TestSettings
{
    /// <summary>The burst one municipality may send through the gateway in tests.</summary>
    public const int TenantBurst = 60;

    /// <summary>Failed publishes before an outbox row is dead; ten in production.</summary>
    public const int MaxPublishAttempts = 3;

    /// <summary>Environment variables every project of the test platform gets.</summary>
    public static Dictionary<string, string> ProjectEnvironment() => new()
    {
        // Redelivery minutes apart in production; seconds here so the error-queue test ends quickly.
        ["Messaging__ImmediateRetryDelays__0"] = "00:00:00.050",
        ["Messaging__RedeliveryDelays__0"] = "00:00:00.500",
        ["Messaging__RedeliveryDelays__1"] = "00:00:01",
        ["Messaging__MaxPublishBackoff"] = "00:00:01",
        ["Messaging__MaxPublishAttempts"] = MaxPublishAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Gateway__TenantBurst"] = TenantBurst.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Gateway__TenantRequestsPerSecond"] = "30",
        ["Gateway__MaxRequestBodyBytes"] = (64 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
        // Spans reach the test's collector within a fraction of a second instead of 5 s.
        ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
    };
}
