using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Messaging;

namespace Investigation.Data;

/// <summary>The investigation service's database; its domain arrives with the investigation issue.</summary>
public sealed class InvestigationDbContext(DbContextOptions<InvestigationDbContext> options)
    : MessagingDbContext(options)
{
    protected override void ConfigureDomain(ModelBuilder modelBuilder)
    {
    }
}
