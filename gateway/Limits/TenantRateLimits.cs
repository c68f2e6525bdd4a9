using System.Globalization;
using System.Threading.RateLimiting;
using Platform.ServiceDefaults.Authentication;

namespace Gateway.Limits;

/// <summary>
/// A token bucket per municipality (or region), so one tenant's burst, or a runaway integration,
/// cannot starve the others. Anonymous requests share one bucket per client address.
/// </summary>
internal static class TenantRateLimits
{
    public static IServiceCollection AddTenantRateLimits(this IServiceCollection services, GatewayLimits limits) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.GetTokenBucketLimiter(PartitionKey(context), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limits.TenantBurst,
                    TokensPerPeriod = limits.TenantRequestsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                }));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests for this municipality.",
                    detail: $"Retry after {seconds} s.").ExecuteAsync(context.HttpContext);
            };
        });

    private static string PartitionKey(HttpContext context)
    {
        var user = context.User;
        var tenant = user.FindFirst(PlatformClaimTypes.Municipality)?.Value ?? user.FindFirst(PlatformClaimTypes.Region)?.Value;
        return tenant is not null ? "tenant:" + tenant : "address:" + context.Connection.RemoteIpAddress;
    }
}
