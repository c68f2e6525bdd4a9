using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Persistence;
using Platform.ServiceDefaults.Tenancy;

namespace Investigation.Data;

/// <summary>The investigation service's database; its domain arrives with the investigation issue.</summary>
public sealed class InvestigationDbContext(DbContextOptions<InvestigationDbContext> options, TenantContext tenant)
    : ServiceDbContext(options, tenant)
{
    protected override void ConfigureDomain(ModelBuilder modelBuilder)
    {
    }
}
