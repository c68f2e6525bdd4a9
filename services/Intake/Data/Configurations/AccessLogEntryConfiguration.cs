using Intake.Data.Entities;
using Intake.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intake.Data.Configurations;

internal sealed class AccessLogEntryConfiguration : IEntityTypeConfiguration<AccessLogEntry>
{
    public void Configure(EntityTypeBuilder<AccessLogEntry> builder)
    {
        builder.ToTable("access_log");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.TenantId).HasMaxLength(4);
        builder.Property(e => e.UserId).HasMaxLength(IntakeLimits.UserIdLength);
        builder.Property(e => e.UserRole).HasMaxLength(IntakeLimits.RoleLength);
        builder.HasIndex(e => new { e.TenantId, e.RecordId });
    }
}
