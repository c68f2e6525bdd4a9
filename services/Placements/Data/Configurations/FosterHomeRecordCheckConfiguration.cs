using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.BuildingBlocks.Casework;
using Placements.Domain.FosterHomes;

namespace Placements.Data.Configurations;

internal sealed class FosterHomeRecordCheckConfiguration : IEntityTypeConfiguration<FosterHomeRecordCheck>
{
    public void Configure(EntityTypeBuilder<FosterHomeRecordCheck> builder)
    {
        builder.ToTable("foster_home_record_checks");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.TenantId).HasMaxLength(CaseworkColumns.Tenant);
        builder.Property(c => c.RecordedByName).HasMaxLength(CaseworkColumns.Name);
        builder.Property(c => c.RecordedByRole).HasMaxLength(CaseworkColumns.Role);
    }
}
