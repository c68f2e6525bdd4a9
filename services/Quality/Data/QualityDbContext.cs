using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Messaging;

namespace Quality.Data;

/// <summary>The quality service's database; its domain arrives with the quality issue.</summary>
public sealed class QualityDbContext(DbContextOptions<QualityDbContext> options)
    : MessagingDbContext(options)
{
    protected override void ConfigureDomain(ModelBuilder modelBuilder)
    {
    }
}
