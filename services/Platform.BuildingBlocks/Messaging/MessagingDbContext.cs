using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Persistence;

namespace Platform.BuildingBlocks.Messaging;

/// <summary>
/// A service database with the outbox and inbox tables. Messaging builds on persistence and never
/// the reverse: <see cref="ServiceDbContext"/> knows nothing of messages.
/// </summary>
public abstract class MessagingDbContext : ServiceDbContext
{
    /// <summary>A context for the pool; it has no tenant until leased.</summary>
    protected MessagingDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Messages waiting to be published, written in the same transaction as the state.</summary>
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    /// <summary>Messages already consumed, per consumer.</summary>
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <summary>
    /// The conversation of the message a consumer is applying in this unit of work: the events it
    /// adds carry it on, as MassTransit does for messages published by a consumer.
    /// </summary>
    internal Guid? ConversationId { get; set; }

    private protected override void ConfigureBuildingBlocks(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
    }
}
