using MassTransit;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Messaging;
using Platform.Contracts.Delegation;

namespace Platform.BuildingBlocks.Delegation;

/// <summary>Keeps a sub-delegation as assessment recorded it, with its committee report and revocation as they are recorded.</summary>
public sealed class SubDelegationRecordedConsumer(MessagingDbContext db) : IConsumer<SubDelegationRecorded>
{
    public async Task Consume(ConsumeContext<SubDelegationRecorded> context)
    {
        var message = context.Message;
        var kept = await db.Set<SubDelegation>().FirstOrDefaultAsync(s => s.Id == message.SubDelegationId, context.CancellationToken);
        if (kept is null)
        {
            kept = new SubDelegation
            {
                Id = message.SubDelegationId,
                Decision = message.Decision,
                DelegateRole = message.DelegateRole,
                DelegateUserId = message.DelegateUserId,
                ValidFrom = message.ValidFrom,
                ValidTo = message.ValidTo,
                DecisionReference = message.DecisionReference,
                DecidedOn = message.DecidedOn,
            };
            kept.Record(string.Empty, string.Empty, message.OccurredAt.ToUniversalTime());
            db.Add(kept);
        }

        kept.ReportedToCommitteeOn ??= message.ReportedToCommitteeOn;
        kept.RevokedAt ??= message.RevokedAt?.ToUniversalTime();
    }
}
