namespace Platform.IntegrationTests.Infrastructure;

/// <summary>Settings the test platform runs with, where production defaults would make tests slow.</summary>
internal static class TestSettings
{
    /// <summary>The burst one municipality may send through the gateway in tests.</summary>
    public const int TenantBurst = 60;

    public static void Apply(string resource, IDictionary<string, string> environment)
    {
        // Redelivery minutes apart in production; seconds here so the error-queue test ends quickly.
        environment["Messaging__ImmediateRetryDelays__0"] = "00:00:00.050";
        environment["Messaging__RedeliveryDelays__0"] = "00:00:00.500";
        environment["Messaging__RedeliveryDelays__1"] = "00:00:01";
        environment["Messaging__MaxPublishBackoff"] = "00:00:01";
        environment["Gateway__TenantBurst"] = TenantBurst.ToString(System.Globalization.CultureInfo.InvariantCulture);
        environment["Gateway__TenantRequestsPerSecond"] = "30";
        environment["Gateway__MaxRequestBodyBytes"] = (64 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
