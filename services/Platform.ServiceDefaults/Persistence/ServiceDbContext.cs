using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Tenancy;

namespace Platform.ServiceDefaults.Persistence;

/// <summary>
/// Base of every service's DbContext: the outbox and inbox tables, snake_case names, enums stored
/// as text, and a tenant filter on every <see cref="ITenantOwned"/> entity.
/// </summary>
public abstract class ServiceDbContext : DbContext
{
    private readonly TenantContext tenant;

    /// <summary>
    /// A unit of work that never continues a transaction after a failed save: such a transaction is
    /// rolled back whole, so EF Core's savepoint around each save (two round trips) is switched off.
    /// </summary>
    protected ServiceDbContext(DbContextOptions options, TenantContext tenant)
        : base(options)
    {
        this.tenant = tenant;
        Database.AutoSavepointsEnabled = false;
    }

    /// <summary>Messages waiting to be published, written in the same transaction as the state.</summary>
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    /// <summary>Messages already consumed, per consumer.</summary>
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <summary>The tenant of this unit of work; the query filters compare with it.</summary>
    public string? CurrentTenantId => tenant.Current;

    internal TenantContext Tenant => tenant;

    /// <summary>Configures the service's own entities.</summary>
    protected abstract void ConfigureDomain(ModelBuilder modelBuilder);

    /// <inheritdoc />
    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
        ConfigureDomain(modelBuilder);
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType)))
        {
            modelBuilder.Entity(entity.ClrType).HasQueryFilter(TenantFilter(entity.ClrType));
        }

        SnakeCaseNames.Apply(modelBuilder.Model);
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
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
                entry.Entity.TenantId = tenant.Required;
            }
            else if (entry.State is EntityState.Added or EntityState.Modified && entry.Entity.TenantId != tenant.Required)
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
