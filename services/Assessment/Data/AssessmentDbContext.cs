using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Persistence;
using Platform.ServiceDefaults.Tenancy;

namespace Assessment.Data;

/// <summary>The assessment service's database; its domain arrives with the assessment issue.</summary>
public sealed class AssessmentDbContext(DbContextOptions<AssessmentDbContext> options, TenantContext tenant)
    : ServiceDbContext(options, tenant)
{
    protected override void ConfigureDomain(ModelBuilder modelBuilder)
    {
    }
}
