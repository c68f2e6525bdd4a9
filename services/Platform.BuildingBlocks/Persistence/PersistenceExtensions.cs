using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Platform.BuildingBlocks.Tenancy;
using Platform.Contracts.Hosting;
using Platform.ServiceDefaults.Health;

namespace Platform.BuildingBlocks.Persistence;

/// <summary>The service's own PostgreSQL database.</summary>
public static class PersistenceExtensions
{
    /// <summary>Contexts kept for reuse; more than the connection pool could use at once is memory for nothing.</summary>
    private const int ContextPoolSize = 32;

    /// <summary>
    /// Registers the DbContext on the service's runtime login (<c>ConnectionStrings:{database}</c>),
    /// migrations on the owner login (<c>ConnectionStrings:{database}-migrations</c>), the tenant
    /// setting for row-level security, the database readiness check and Npgsql's telemetry.
    /// </summary>
    public static WebApplicationBuilder AddServiceDatabase<TDb>(this WebApplicationBuilder builder, string database)
        where TDb : ServiceDbContext
    {
        var connectionString = WithConnectionDefaults(Required(builder.Configuration, database));
        var ownerConnectionString = Required(builder.Configuration, PlatformResources.MigrationsConnectionName(database));

        builder.Services.TryAddScoped<TenantContext>();
        // Building blocks on top (the outbox's wake-up) add their interceptors the same way.
        builder.Services.AddSingleton<IInterceptor, TenantConnectionInterceptor>();
        // Pooled: building a context and its EF Core services was most of a read's allocations (ADR 9).
        builder.Services.AddPooledDbContextFactory<TDb>(
            (services, options) => options
                .UseNpgsql(connectionString)
                .AddInterceptors(services.GetServices<IInterceptor>()),
            poolSize: ContextPoolSize);
        builder.Services.AddScoped(services =>
        {
            var db = services.GetRequiredService<IDbContextFactory<TDb>>().CreateDbContext();
            db.Lease(services.GetRequiredService<TenantContext>());
            return new ScopedContextLease<TDb>(db);
        });
        builder.Services.AddScoped(services => services.GetRequiredService<ScopedContextLease<TDb>>().Context);
        builder.Services.AddHostedService(services => new DatabaseMigrator<TDb>(
            ownerConnectionString, services, services.GetRequiredService<ILogger<DatabaseMigrator<TDb>>>()));
        builder.Services.AddHealthChecks().AddDbContextCheck<TDb>("database", tags: [HealthEndpoints.ReadyTag]);
        // Only used when the defaults export telemetry; the gateway, which has no database, has no Npgsql.
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddNpgsql());
        builder.Services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddNpgsqlInstrumentation());
        return builder;
    }

    /// <summary>
    /// The runtime login's connection settings, unless the connection string sets them itself:
    /// <list type="bullet">
    /// <item>Npgsql prepares a statement after its second use: the same few statements run on every
    /// request, and unprepared each is parsed and planned again by PostgreSQL.</item>
    /// <item>No reset when a connection goes back to the pool. The reset is a round trip of seven
    /// statements on every lease; the only session state the services set is <c>app.tenant</c>, and
    /// <see cref="TenantConnectionInterceptor"/> sets it afresh on every lease before any command.</item>
    /// <item>At most 20 connections per service: on a small host more concurrent statements only queue
    /// inside PostgreSQL, and each idle connection holds memory on both sides (ADR 9).</item>
    /// </list>
    /// </summary>
    internal static string WithConnectionDefaults(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Sets(connectionString, "Auto Prepare"))
        {
            settings.MaxAutoPrepare = 128;
            settings.AutoPrepareMinUsages = 2;
        }

        if (!Sets(connectionString, "Reset On Close"))
        {
            settings.NoResetOnClose = true;
        }

        if (!Sets(connectionString, "Max Pool Size") && !Sets(connectionString, "Maximum Pool Size"))
        {
            settings.MaxPoolSize = 20;
        }

        return settings.ConnectionString;
    }

    private static bool Sets(string connectionString, string setting) => connectionString.Contains(setting, StringComparison.OrdinalIgnoreCase);

    private static string Required(IConfiguration configuration, string name) =>
        configuration.GetConnectionString(name) ?? throw new InvalidOperationException($"ConnectionStrings:{name} is not set.");
}
