using Investigation.Data;
using Investigation.Domain.Interventions;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Messaging;
using Platform.Contracts.Placements;

namespace Investigation.Consumers;

/// <summary>A placement started: its decision is executed (16 kap. 6 f § SoL); late when it had already become "not executed".</summary>
/// <remarks>Runs inside the inbox filter's transaction, which saves; the consumer only applies the message.</remarks>
internal sealed class PlacementStartedConsumer(InvestigationDbContext db, TimeProvider time) : IConsumer<PlacementStarted>
{
    public async Task Consume(ConsumeContext<PlacementStarted> context)
    {
        var message = context.Message;
        var intervention = await db.Interventions.FirstOrDefaultAsync(i => i.Id == message.InterventionId, context.CancellationToken)
            ?? throw new InvalidOperationException("The started placement's decision is not known here yet.");
        if (!intervention.IsAwaitingStart)
        {
            return;
        }

        var now = time.GetUtcNow();
        intervention.Start(message.StartedOn, delayReason: null, byName: "placements", now);
        db.AddEvent(InterventionEvents.Started(intervention, now));
    }
}
