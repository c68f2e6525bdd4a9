using Microsoft.EntityFrameworkCore;
using Quality.Data;
using Quality.Domain.Facts;
using Quality.Features.Shared;

namespace Quality.Features.RebuildProjections;

/// <summary>
/// Empties the municipality's facts, contributions and aggregates (monthly and yearly) and replays its received
/// events in the order they arrived, in one transaction under the projection lock: readers see the old figures
/// until the new are whole. The events are applied to the facts a run at a time (<see cref="EventProjector"/>);
/// then every case is counted once, from its last state, a page at a time. A case's contributions are a function
/// of its fact and child alone, so this gives what counting after every run gave, without rewriting a case's
/// contributions once per run it appears in.
/// </summary>
internal sealed class ProjectionRebuild(QualityDbContext db, EventProjector projector)
{
    private const int BatchSize = 5000;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.HoldForTenantAsync(cancellationToken);
        await db.Aggregates.ExecuteDeleteAsync(cancellationToken);
        await db.YearAggregates.ExecuteDeleteAsync(cancellationToken);
        await db.Contributions.ExecuteDeleteAsync(cancellationToken);
        await db.Children.ExecuteDeleteAsync(cancellationToken);
        await db.Reports.ExecuteDeleteAsync(cancellationToken);
        await db.Assessments.ExecuteDeleteAsync(cancellationToken);
        await db.Investigations.ExecuteDeleteAsync(cancellationToken);
        await db.Interventions.ExecuteDeleteAsync(cancellationToken);
        await db.Placements.ExecuteDeleteAsync(cancellationToken);

        var replayed = 0;
        long after = 0;
        while (true)
        {
            var batch = await db.ReceivedEvents.AsNoTracking()
                .Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Take(BatchSize)
                .ToListAsync(cancellationToken);
            await projector.ApplyToFactsOnlyAsync([.. batch.Select(e => e.Read())], cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            replayed += batch.Count;

            if (batch.Count < BatchSize)
            {
                break;
            }

            after = batch[^1].Sequence;
            db.ChangeTracker.Clear();
        }

        db.ChangeTracker.Clear();
        await CountAsync(db.Reports, cancellationToken);
        await CountAsync(db.Assessments, cancellationToken);
        await CountAsync(db.Investigations, cancellationToken);
        await CountAsync(db.Interventions, cancellationToken);
        await CountAsync(db.Placements, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return replayed;
    }

    private async Task CountAsync<TFact>(DbSet<TFact> facts, CancellationToken cancellationToken)
        where TFact : class, ICaseFact
    {
        var after = Guid.Empty;
        while (true)
        {
            var page = await facts.AsNoTracking().Where(f => f.Id > after).OrderBy(f => f.Id).Take(BatchSize).ToListAsync(cancellationToken);
            await projector.CountFirstTimeAsync(page, cancellationToken);
            db.ChangeTracker.Clear();
            if (page.Count < BatchSize)
            {
                return;
            }

            after = page[^1].Id;
        }
    }
}
