using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.AccessLog;
using Platform.BuildingBlocks.Tenancy;

namespace Platform.BuildingBlocks.Persistence;

/// <summary>
/// Base of every service's DbContext: snake_case names, enums stored as their kebab-case names,
/// and a tenant filter on every <see cref="ITenantOwned"/> entity. Contexts are pooled
/// (ADR 9): each lease is given the unit of work's <see cref="TenantContext"/> and loses it again
/// when disposed, so a context without a lease sees no rows and may write none.
/// </summary>
public abstract class ServiceDbContext : DbContext
{
    private TenantContext? tenant;
    private bool leasedToScope;

    /// <summary>A context for the pool; it has no tenant until leased.</summary>
    protected ServiceDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Who read or wrote which person's case data; every service keeps one (DOMAIN.md §4).</summary>
    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();

    /// <summary>The tenant of this unit of work; the query filters compare with it.</summary>
    public string? CurrentTenantId => tenant?.Current;

    internal TenantContext Tenant => tenant ?? throw new InvalidOperationException("This context is not leased to a unit of work.");

    /// <summary>
    /// Hands the context to a unit of work. A unit of work never continues a transaction after a
    /// failed save (it is rolled back whole), so EF Core's savepoint around each save, two round
    /// trips, is off; it is set on every lease because the pool restores the default.
    /// </summary>
    internal void Lease(TenantContext unitOfWork)
    {
        tenant = unitOfWork;
        leasedToScope = true;
        Database.AutoSavepointsEnabled = false;
    }

    /// <summary>
    /// Nothing while a scope holds the lease: the scope disposes its context once under every name it is
    /// registered by (the service's own type, <see cref="Messaging.MessagingDbContext"/>, this type), and a
    /// pooled context disposed a second time, after another unit of work has leased it, is taken from that
    /// unit of work in the middle of its queries. <see cref="ScopedContextLease{TDb}"/> returns it, once.
    /// </summary>
    public override void Dispose()
    {
        if (!leasedToScope)
        {
            tenant = null;
            base.Dispose();
        }
    }

    /// <inheritdoc cref="Dispose"/>
    public override ValueTask DisposeAsync() => leasedToScope ? ValueTask.CompletedTask : ReturnAsync();

    /// <summary>Ends the scope's lease: back to the pool, without its tenant.</summary>
    internal ValueTask ReturnAsync()
    {
        EndLease();
        return base.DisposeAsync();
    }

    /// <inheritdoc cref="ReturnAsync"/>
    internal void Return()
    {
        EndLease();
        base.Dispose();
    }

    private void EndLease() => (leasedToScope, tenant) = (false, null);

    /// <summary>Configures the service's own entities.</summary>
    protected abstract void ConfigureDomain(ModelBuilder modelBuilder);

    /// <summary>Tables a building block adds to every service that uses it (the outbox and inbox); the access log is always there.</summary>
    private protected virtual void ConfigureBuildingBlocks(ModelBuilder modelBuilder)
    {
    }

    /// <inheritdoc />
    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new AccessLogEntryConfiguration());
        ConfigureBuildingBlocks(modelBuilder);
        ConfigureDomain(modelBuilder);
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType)))
        {
            modelBuilder.Entity(entity.ClrType).HasQueryFilter(TenantFilter(entity.ClrType));
        }

        KebabCaseEnumColumns.Apply(modelBuilder.Model);
        SnakeCaseNames.Apply(modelBuilder.Model);
    }

    /// <inheritdoc />
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampTenant();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <inheritdoc />
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampTenant();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private void StampTenant()
    {
        foreach (var entry in ChangeTracker.Entries<ITenantOwned>())
        {
            if (entry.State == EntityState.Added && string.IsNullOrEmpty(entry.Entity.TenantId))
            {
                entry.Entity.TenantId = Tenant.Required;
            }
            else if (entry.State is EntityState.Added or EntityState.Modified && entry.Entity.TenantId != Tenant.Required)
            {
                throw new InvalidOperationException("A row of another tenant cannot be written in this unit of work.");
            }
        }
    }

    private LambdaExpression TenantFilter(Type entityType)
    {
        var row = Expression.Parameter(entityType, "row");
        var rowTenant = Expression.Property(row, nameof(ITenantOwned.TenantId));
        var currentTenant = Expression.Property(Expression.Constant(this), nameof(CurrentTenantId));
        return Expression.Lambda(Expression.Equal(rowTenant, currentTenant), row);
    }
}
