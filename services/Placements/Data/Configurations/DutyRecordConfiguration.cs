using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.BuildingBlocks.Casework;
using Placements.Domain.Placements;

namespace Placements.Data.Configurations;

internal sealed class DutyRecordConfiguration : IEntityTypeConfiguration<DutyRecord>
{
    public void Configure(EntityTypeBuilder<DutyRecord> builder)
    {
        builder.ToTable("duty_records");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.TenantId).HasMaxLength(CaseworkColumns.Tenant);
        builder.Property(d => d.RecordedById).HasMaxLength(CaseworkColumns.UserId);
        builder.Property(d => d.RecordedByName).HasMaxLength(CaseworkColumns.Name);
        builder.Property(d => d.RecordedByRole).HasMaxLength(CaseworkColumns.Role);
        builder.Property(d => d.ProtocolParagraph).HasMaxLength(CaseworkColumns.ProtocolParagraph);
        builder.Property(d => d.Note).HasMaxLength(Lengths.Note);
        builder.Ignore(d => d.WithinDeadline);
        builder.HasOne<Placement>().WithMany().HasForeignKey(d => d.PlacementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.TenantId, d.PlacementId }, "ix_duty_records_placement");
    }
}
