using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Messaging;

namespace Placements.Data;

/// <summary>The placements service's database; its domain arrives with the placements issue.</summary>
public sealed class PlacementsDbContext(DbContextOptions<PlacementsDbContext> options)
    : MessagingDbContext(options)
{
    protected override void ConfigureDomain(ModelBuilder modelBuilder)
    {
    }
}
