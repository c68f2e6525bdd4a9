using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Persistence;
using Platform.ServiceDefaults.Tenancy;

namespace Intake.Data;

/// <summary>The intake service's database; its domain arrives with the intake issue.</summary>
public sealed class IntakeDbContext(DbContextOptions<IntakeDbContext> options, TenantContext tenant)
    : ServiceDbContext(options, tenant)
{
    protected override void ConfigureDomain(ModelBuilder modelBuilder)
    {
    }
}
