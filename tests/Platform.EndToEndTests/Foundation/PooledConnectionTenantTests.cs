using Intake.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Tenancy;
using Platform.Contracts.Hosting;
using Platform.Contracts.Tenancy;

namespace Platform.EndToEndTests.Foundation;

/// <summary>
/// Pooled connections are not reset when they go back to the pool and contexts are pooled too
/// (ADR 9), so the tenant a lease had must never be what the next lease sees: each sets its own.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PooledConnectionTenantTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_one_pooled_connection_When_municipalities_take_turns_Then_each_lease_sees_only_its_own_rows()
    {
        // Arrange: a pool of exactly one connection, so every lease gets the same server session.
        var (a, b) = (Municipalities.Next(), Municipalities.Next());
        await using var services = IntakeDatabaseWithOneConnection();
        await InsertInboxRowsAsync(a, b);

        // Act
        var seenByA = await TenantsVisibleAsync(services, a, [a, b]);
        var seenByB = await TenantsVisibleAsync(services, b, [a, b]);
        var seenWithoutTenant = await TenantsVisibleAsync(services, null, [a, b]);
        var backendIds = new[] { await BackendIdAsync(services, a), await BackendIdAsync(services, b) };

        // Assert
        Assert.Equal([a], seenByA);
        Assert.Equal([b], seenByB);
        Assert.Empty(seenWithoutTenant);
        Assert.Single(backendIds.Distinct());
    }

    private ServiceProvider IntakeDatabaseWithOneConnection()
    {
        var intake = PlatformResources.Service("intake");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration["ConnectionStrings:intake"] = platform.ConnectionString("intake", intake.AppRole) + ";Maximum Pool Size=1";
        builder.Configuration[$"ConnectionStrings:{PlatformResources.MigrationsConnectionName("intake")}"] = platform.ConnectionString("intake", intake.OwnerRole);
        builder.AddServiceDatabase<IntakeDbContext>("intake");
        builder.Services.AddHttpContextAccessor();
        return builder.Services.BuildServiceProvider();
    }

    private async Task InsertInboxRowsAsync(params string[] tenants)
    {
        await using var connection = new NpgsqlConnection(platform.SuperuserConnectionString("intake"));
        await connection.OpenAsync();
        foreach (var tenant in tenants)
        {
            await InboxRows.InsertAsync(connection, tenant);
        }
    }

    private static async Task<List<string>> TenantsVisibleAsync(ServiceProvider services, string? tenant, string[] tenants)
    {
        await using var scope = services.CreateAsyncScope();
        var db = UseTenant(scope, tenant);

        // Past EF Core's own filter, so what is left is row-level security and the lease's setting.
        return await db.InboxMessages.IgnoreQueryFilters()
            .Where(m => tenants.Contains(m.TenantId))
            .Select(m => m.TenantId)
            .Distinct()
            .OrderBy(t => t)
            .ToListAsync();
    }

    private static async Task<int> BackendIdAsync(ServiceProvider services, string tenant)
    {
        await using var scope = services.CreateAsyncScope();
        var db = UseTenant(scope, tenant);
        return await db.Database.SqlQuery<int>($"SELECT pg_backend_pid() AS \"Value\"").SingleAsync();
    }

    private static IntakeDbContext UseTenant(AsyncServiceScope scope, string? tenant)
    {
        if (tenant is not null)
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Use(TenantId.Parse(tenant));
        }

        return scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
    }
}
