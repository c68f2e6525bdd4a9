using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.BuildingBlocks.AccessLog;

internal sealed class AccessLogEntryConfiguration : IEntityTypeConfiguration<AccessLogEntry>
{
    public const int UserIdLength = 200;

    public const int RoleLength = 40;

    public const int OperationLength = 200;

    public const int ReasonLength = 500;

    public void Configure(EntityTypeBuilder<AccessLogEntry> builder)
    {
        builder.ToTable("access_log");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.TenantId).HasMaxLength(4);
        builder.Property(e => e.UserId).HasMaxLength(UserIdLength);
        builder.Property(e => e.UserRole).HasMaxLength(RoleLength);
        builder.Property(e => e.RecordType).HasMaxLength(40);
        builder.Property(e => e.Operation).HasMaxLength(OperationLength);
        builder.Property(e => e.Reason).HasMaxLength(ReasonLength);
        builder.HasIndex(e => new { e.TenantId, e.RecordId }, "ix_access_log_record");
        // Log review searches by person and period as well as by record.
        builder.HasIndex(e => new { e.TenantId, e.UserId, e.OccurredAt }, "ix_access_log_user");
    }
}
