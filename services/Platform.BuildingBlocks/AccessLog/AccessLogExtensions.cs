using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Persistence;

namespace Platform.BuildingBlocks.AccessLog;

public static class AccessLogExtensions
{
    /// <summary>Registers the <see cref="AccessLogWriter"/>, the log review and the own-unit rule on the service's own database.</summary>
    public static IServiceCollection AddAccessLog<TDb>(this IServiceCollection services)
        where TDb : ServiceDbContext =>
        services
            .AddHttpContextAccessor()
            .AddScoped<ServiceDbContext>(provider => provider.GetRequiredService<TDb>())
            .AddScoped<AccessLogWriter>()
            .AddScoped<Authorization.OwnUnitRule>();
}
