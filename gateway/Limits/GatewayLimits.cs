namespace Gateway.Limits;

/// <summary>Per-tenant rate and request size limits, bound from the <c>Gateway</c> section.</summary>
internal sealed class GatewayLimits
{
    public const string Section = "Gateway";

    /// <summary>Requests a tenant may send in a burst.</summary>
    public int TenantBurst { get; set; } = 400;

    /// <summary>Requests per second a tenant regains.</summary>
    public int TenantRequestsPerSecond { get; set; } = 200;

    /// <summary>The largest request body accepted (a report with its description is a few kB).</summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;
}
