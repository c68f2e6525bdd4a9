using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Persistence;

namespace Placements.Data;

/// <summary>The placements service's database; its domain arrives with the placements issue.</summary>
public sealed class PlacementsDbContext(DbContextOptions<PlacementsDbContext> options)
    : ServiceDbContext(options)
{
    protected override void ConfigureDomain(ModelBuilder modelBuilder)
    {
    }
}
