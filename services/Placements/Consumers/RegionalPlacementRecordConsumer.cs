using MassTransit;
using Placements.Features.RegionalExchange;
using Platform.Contracts.Placements;
using Platform.ServiceDefaults.Problems;

namespace Placements.Consumers;

/// <summary>
/// The region's side of the broker delivery: each municipality's record goes to its county's region, in the
/// region's own unit of work. Idempotent by key and version, so the inbox's own de-duplication is not what
/// keeps it right; a record that can never be valid is logged by its field names and not retried.
/// </summary>
internal sealed class RegionalPlacementRecordConsumer(RegionalRecordStore store, ILogger<RegionalPlacementRecordConsumer> logger)
    : IConsumer<RegionalPlacementRecord>
{
    public async Task Consume(ConsumeContext<RegionalPlacementRecord> context)
    {
        var errors = new ValidationErrors();
        if (RegionalRecordValidation.Validate(context.Message, errors) is not { } valid)
        {
            logger.LogWarning("Ignored an invalid regional record {MessageId}; fields: {Fields}", context.MessageId, string.Join(",", errors.ToDictionary().Keys));
            return;
        }

        await store.ApplyAsync(valid, context.CancellationToken);
    }
}
