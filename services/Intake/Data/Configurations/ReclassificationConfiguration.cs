using Intake.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intake.Data.Configurations;

internal sealed class ReclassificationConfiguration : IEntityTypeConfiguration<Reclassification>
{
    public void Configure(EntityTypeBuilder<Reclassification> builder)
    {
        builder.ToTable("reclassifications");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.TenantId).HasMaxLength(4);
        builder.Property(r => r.Reason).HasMaxLength(IntakeLimits.ReasonLength);
        builder.Property(r => r.ReclassifiedById).HasMaxLength(IntakeLimits.UserIdLength);
        builder.Property(r => r.ReclassifiedByName).HasMaxLength(IntakeLimits.NameLength);
        builder.Property(r => r.ReclassifiedByRole).HasMaxLength(IntakeLimits.RoleLength);
        builder.HasOne<Report>().WithMany().HasForeignKey(r => r.ReportId).OnDelete(DeleteBehavior.Restrict);
    }
}
