using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.BuildingBlocks.Casework;
using Placements.Domain.FosterHomes;

namespace Placements.Data.Configurations;

internal sealed class FosterHomeConfiguration : IEntityTypeConfiguration<FosterHome>
{
    public void Configure(EntityTypeBuilder<FosterHome> builder)
    {
        builder.ToTable("foster_homes");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.TenantId).HasMaxLength(CaseworkColumns.Tenant);
        builder.Property(h => h.Unit).HasMaxLength(CaseworkColumns.Unit);
        builder.Property(h => h.ConsultantOrganisationNumber).HasMaxLength(Lengths.OrganisationNumber);
        builder.Property(h => h.Version).IsConcurrencyToken();
        builder.HasMany(h => h.RecordChecks).WithOne().HasForeignKey(c => c.FosterHomeId).OnDelete(DeleteBehavior.Restrict);
    }
}
