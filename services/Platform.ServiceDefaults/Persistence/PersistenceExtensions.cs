using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Platform.Contracts.Hosting;
using Platform.ServiceDefaults.Health;
using Platform.ServiceDefaults.Messaging;

namespace Platform.ServiceDefaults.Persistence;

/// <summary>The service's own PostgreSQL database.</summary>
public static class PersistenceExtensions
{
    /// <summary>
    /// Registers the DbContext on the service's runtime login (<c>ConnectionStrings:{database}</c>),
    /// migrations on the owner login (<c>ConnectionStrings:{database}-migrations</c>), the tenant
    /// setting for row-level security and the database readiness check.
    /// </summary>
    public static WebApplicationBuilder AddServiceDatabase<TDb>(this WebApplicationBuilder builder, string database)
        where TDb : ServiceDbContext
    {
        var connectionString = WithStatementPreparation(Required(builder.Configuration, database));
        var ownerConnectionString = Required(builder.Configuration, PlatformResources.MigrationsConnectionName(database));

        builder.Services.AddSingleton<TenantConnectionInterceptor>();
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxWakeUp>();
        builder.Services.AddDbContext<TDb>((services, options) => options
            .UseNpgsql(connectionString)
            .AddInterceptors(services.GetRequiredService<TenantConnectionInterceptor>(), services.GetRequiredService<OutboxWakeUp>()));
        builder.Services.AddHostedService(services => new DatabaseMigrator<TDb>(
            ownerConnectionString, services, services.GetRequiredService<ILogger<DatabaseMigrator<TDb>>>()));
        builder.Services.AddHealthChecks().AddDbContextCheck<TDb>("database", tags: [HealthEndpoints.ReadyTag]);
        return builder;
    }

    /// <summary>
    /// Npgsql prepares a statement after its second use unless the connection string says
    /// otherwise: the same few statements run on every request, and unprepared each is parsed
    /// and planned again by PostgreSQL.
    /// </summary>
    private static string WithStatementPreparation(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            settings.MaxAutoPrepare = 128;
            settings.AutoPrepareMinUsages = 2;
        }

        return settings.ConnectionString;
    }

    private static string Required(IConfiguration configuration, string name) =>
        configuration.GetConnectionString(name) ?? throw new InvalidOperationException($"ConnectionStrings:{name} is not set.");
}
