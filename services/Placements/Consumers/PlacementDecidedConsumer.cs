using MassTransit;
using Microsoft.EntityFrameworkCore;
using Placements.Data;
using Placements.Domain.Placements;
using Platform.Contracts.Investigation;

namespace Placements.Consumers;

/// <summary>A placement decided by the investigation becomes a decided, not yet started placement here; one per decision.</summary>
internal sealed class PlacementDecidedConsumer(PlacementsDbContext db) : IConsumer<PlacementDecided>
{
    public async Task Consume(ConsumeContext<PlacementDecided> context)
    {
        var message = context.Message;
        if (await db.Placements.AnyAsync(p => p.InterventionId == message.InterventionId, context.CancellationToken))
        {
            return;
        }

        db.Placements.Add(Placement.Decided(message));
    }
}
