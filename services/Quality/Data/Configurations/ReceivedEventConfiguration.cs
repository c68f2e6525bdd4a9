using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quality.Domain.Events;

namespace Quality.Data.Configurations;

internal sealed class ReceivedEventConfiguration : IEntityTypeConfiguration<ReceivedEvent>
{
    public void Configure(EntityTypeBuilder<ReceivedEvent> builder)
    {
        builder.ToTable("received_events");
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).UseIdentityAlwaysColumn();
        builder.Property(e => e.TenantId).HasMaxLength(Lengths.Tenant);
        builder.Property(e => e.EventType).HasMaxLength(Lengths.Indicator);
        builder.Property(e => e.Body).HasColumnType("jsonb");
        builder.HasIndex(e => new { e.TenantId, e.EventId }, "ix_received_events_event");
        builder.HasIndex(e => new { e.TenantId, e.Sequence }, "ix_received_events_replay");
    }
}
