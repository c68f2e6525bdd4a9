using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.BuildingBlocks.Messaging;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).UseIdentityAlwaysColumn();
        builder.Property(m => m.TenantId).HasMaxLength(4);
        builder.Property(m => m.MessageType).HasMaxLength(300);
        // json, not jsonb: it keeps the text as written, so the relay sends the serialised bytes.
        builder.Property(m => m.Body).HasColumnType("json");
        builder.Property(m => m.ContentType).HasMaxLength(100);
        builder.Property(m => m.Destination).HasMaxLength(300);
        builder.Property(m => m.TraceParent).HasMaxLength(55);
        builder.Property(m => m.TraceState).HasMaxLength(512);
        builder.Property(m => m.LastError).HasMaxLength(200);
        builder.HasIndex(m => new { m.NotBefore, m.Id }).HasFilter("sent_at IS NULL AND dead_at IS NULL");
        builder.HasIndex(m => m.SentAt).HasFilter("sent_at IS NOT NULL");
    }
}

internal sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public void Configure(EntityTypeBuilder<InboxMessage> builder)
    {
        builder.ToTable("inbox_messages");
        builder.HasKey(m => new { m.MessageId, m.Consumer });
        builder.Property(m => m.Consumer).HasMaxLength(200);
        builder.Property(m => m.TenantId).HasMaxLength(4);
    }
}
