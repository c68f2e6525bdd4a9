using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Persistence;
using Platform.ServiceDefaults.Tenancy;

namespace Placements.Data;

/// <summary>The placements service's database; its domain arrives with the placements issue.</summary>
public sealed class PlacementsDbContext(DbContextOptions<PlacementsDbContext> options, TenantContext tenant)
    : ServiceDbContext(options, tenant)
{
    protected override void ConfigureDomain(ModelBuilder modelBuilder)
    {
    }
}
