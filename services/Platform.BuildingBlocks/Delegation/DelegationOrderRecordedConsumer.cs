using MassTransit;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Messaging;
using Platform.Contracts.Delegation;

namespace Platform.BuildingBlocks.Delegation;

/// <summary>Keeps a version of the order as assessment recorded it; a version already kept is not changed (versions are never edited).</summary>
public sealed class DelegationOrderRecordedConsumer(MessagingDbContext db) : IConsumer<DelegationOrderRecorded>
{
    public async Task Consume(ConsumeContext<DelegationOrderRecorded> context)
    {
        var message = context.Message;
        if (await db.Set<DelegationOrderVersion>().AnyAsync(o => o.Version == message.Version, context.CancellationToken))
        {
            return;
        }

        db.Add(new DelegationOrderVersion
        {
            Id = Guid.CreateVersion7(message.OccurredAt.ToUniversalTime()),
            Version = message.Version,
            Grants = DelegationOrderJson.Serialize(DelegationOrderJson.FromGrants(
                message.Grants.Select(g => new DelegationGrant(g.Decision, g.Roles, g.MayBeSubDelegated)))),
            CommitteeDecidedOn = message.CommitteeDecidedOn,
            ProtocolParagraph = message.ProtocolParagraph,
            AppliesFrom = message.AppliesFrom,
            ChangedAt = message.OccurredAt.ToUniversalTime(),
        });
    }
}
