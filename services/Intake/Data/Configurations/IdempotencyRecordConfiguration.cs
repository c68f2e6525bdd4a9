using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.BuildingBlocks.Idempotency;

namespace Intake.Data.Configurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_keys");
        builder.HasKey(r => new { r.TenantId, r.Key });
        builder.Property(r => r.TenantId).HasMaxLength(4);
        builder.Property(r => r.Key).HasMaxLength(IdempotencyKeyHeader.MaxLength);
        builder.Property(r => r.Response).HasColumnType("jsonb");
    }
}
