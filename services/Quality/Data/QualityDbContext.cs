using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Persistence;

namespace Quality.Data;

/// <summary>The quality service's database; its domain arrives with the quality issue.</summary>
public sealed class QualityDbContext(DbContextOptions<QualityDbContext> options)
    : ServiceDbContext(options)
{
    protected override void ConfigureDomain(ModelBuilder modelBuilder)
    {
    }
}
