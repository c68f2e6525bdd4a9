using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Placements.Domain.Placements;

namespace Placements.Data.Configurations;

internal sealed class DutyRecordConfiguration : IEntityTypeConfiguration<DutyRecord>
{
    public void Configure(EntityTypeBuilder<DutyRecord> builder)
    {
        builder.ToTable("duty_records");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.TenantId).HasMaxLength(Lengths.Tenant);
        builder.Property(d => d.RecordedById).HasMaxLength(Lengths.UserId);
        builder.Property(d => d.RecordedByName).HasMaxLength(Lengths.Name);
        builder.Property(d => d.RecordedByRole).HasMaxLength(Lengths.Role);
        builder.Property(d => d.ProtocolParagraph).HasMaxLength(Lengths.ProtocolParagraph);
        builder.Property(d => d.Note).HasMaxLength(Lengths.Note);
        builder.Ignore(d => d.WithinDeadline);
        builder.HasOne<Placement>().WithMany().HasForeignKey(d => d.PlacementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.TenantId, d.PlacementId }, "ix_duty_records_placement");
    }
}
