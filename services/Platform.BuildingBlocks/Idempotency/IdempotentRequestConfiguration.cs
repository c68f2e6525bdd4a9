using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.BuildingBlocks.Idempotency;

internal sealed class IdempotentRequestConfiguration : IEntityTypeConfiguration<IdempotentRequest>
{
    public void Configure(EntityTypeBuilder<IdempotentRequest> builder)
    {
        builder.ToTable("idempotent_requests");
        builder.HasKey(r => new { r.TenantId, r.Key });
        builder.Property(r => r.TenantId).HasMaxLength(4);
        builder.Property(r => r.Key).HasMaxLength(IdempotencyKeyHeader.MaxLength);
        builder.Property(r => r.Location).HasMaxLength(300);
        builder.Property(r => r.ContentType).HasMaxLength(100);
    }
}
