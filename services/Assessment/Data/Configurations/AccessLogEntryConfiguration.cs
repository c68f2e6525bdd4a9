using Assessment.Domain.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Assessment.Data.Configurations;

internal sealed class AccessLogEntryConfiguration : IEntityTypeConfiguration<AccessLogEntry>
{
    public void Configure(EntityTypeBuilder<AccessLogEntry> builder)
    {
        builder.ToTable("access_log");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.TenantId).HasMaxLength(4);
        builder.Property(e => e.UserId).HasMaxLength(Lengths.UserId);
        builder.Property(e => e.UserRole).HasMaxLength(Lengths.Role);
        builder.Property(e => e.Operation).HasMaxLength(Lengths.Operation);
        builder.HasIndex(e => new { e.TenantId, e.RecordId }, "ix_access_log_record");
    }
}
