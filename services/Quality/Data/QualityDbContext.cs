using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Persistence;
using Platform.ServiceDefaults.Tenancy;

namespace Quality.Data;

/// <summary>The quality service's database; its domain arrives with the quality issue.</summary>
public sealed class QualityDbContext(DbContextOptions<QualityDbContext> options, TenantContext tenant)
    : ServiceDbContext(options, tenant)
{
    protected override void ConfigureDomain(ModelBuilder modelBuilder)
    {
    }
}
