using Platform.Contracts;
using Platform.Contracts.Assessment;
using Platform.Contracts.Intake;
using Platform.Contracts.Investigation;
using Platform.Contracts.Placements;
using Quality.Data;
using Quality.Domain.Facts;
using Quality.Features.SelfAudit;

namespace Quality.Features.Shared;

/// <summary>
/// Applies events to the per-case facts and moves the aggregates by what the touched cases now contribute.
/// Consumers (one event) and the rebuild (a run of events) both come through here, so a replay gives the
/// figures the events gave live. A run reads its rows once and writes the contributions of its cases once,
/// from their state after the last event: the aggregates move by the same total as event by event.
/// </summary>
internal sealed partial class EventProjector(QualityDbContext db, LoadedRows rows, ContributionWriter contributions, SelfAuditProjector selfAudit)
{
    private readonly HashSet<Guid> childrenToRecount = [];

    public Task ApplyAsync(IIntegrationEvent message, CancellationToken cancellationToken) => ApplyAsync([message], cancellationToken);

    public Task ApplyAsync(IReadOnlyList<IIntegrationEvent> messages, CancellationToken cancellationToken) =>
        WithoutChangeDetectionAsync(async () =>
        {
            var touched = await ApplyToFactsAsync(messages, cancellationToken);
            touched.AddRange(await rows.CasesOfChildrenAsync(childrenToRecount, cancellationToken));
            await contributions.RefreshAsync(touched, cancellationToken);
        });

    /// <summary>
    /// Applies a run to the facts alone and leaves the contributions as they were: for the rebuild, which counts
    /// every case once, from its last state, after the whole history (<see cref="CountFirstTimeAsync"/>).
    /// </summary>
    public Task ApplyToFactsOnlyAsync(IReadOnlyList<IIntegrationEvent> messages, CancellationToken cancellationToken) =>
        WithoutChangeDetectionAsync(() => ApplyToFactsAsync(messages, cancellationToken));

    /// <summary>Counts these cases, which have no contributions yet, into the contributions and the aggregates as their facts stand.</summary>
    public Task CountFirstTimeAsync(IReadOnlyList<ICaseFact> cases, CancellationToken cancellationToken) =>
        WithoutChangeDetectionAsync(() => contributions.CountFirstTimeAsync(cases, cancellationToken));

    private async Task WithoutChangeDetectionAsync(Func<Task> apply)
    {
        // Every lookup of a tracked row would otherwise scan all tracked rows for changes: quadratic in the run.
        var detectChanges = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await apply();
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }
    }

    private async Task<List<ICaseFact>> ApplyToFactsAsync(IReadOnlyList<IIntegrationEvent> messages, CancellationToken cancellationToken)
    {
        childrenToRecount.Clear();
        await rows.LoadAsync(messages, cancellationToken);
        var touched = new List<ICaseFact>();
        foreach (var message in messages)
        {
            touched.AddRange(await ApplyOneAsync(message, cancellationToken));
            await selfAudit.ApplyAsync(message, cancellationToken);
        }

        return touched;
    }

    private async Task<IReadOnlyList<ICaseFact>> ApplyOneAsync(IIntegrationEvent message, CancellationToken cancellationToken) =>
        message switch
        {
            ReportRegistered e => await ApplyAsync(e, cancellationToken),
            ProtectionAssessmentRecorded e => await ApplyAsync(e, cancellationToken),
            AssessmentOpened e => await ApplyAsync(e, cancellationToken),
            AssessmentDecided e => await ApplyAsync(e, cancellationToken),
            ReporterFeedbackGiven e => await FeedbackAsync(e.ReportId, true, e.GivenAt, cancellationToken),
            ReporterFeedbackNotGiven e => await FeedbackAsync(e.ReportId, false, e.EndedAt, cancellationToken),
            InvestigationOpened e => await ApplyAsync(e, cancellationToken),
            InvestigationConcluded e => await ApplyAsync(e, cancellationToken),
            InvestigationClosed e => await ApplyAsync(e, cancellationToken),
            InterventionDecided e => await ApplyAsync(e, cancellationToken),
            InterventionStarted e => await ApplyAsync(e, cancellationToken),
            InterventionEndedUnexecuted e => await ApplyAsync(e, cancellationToken),
            PlacementDecided e => await ApplyAsync(e, cancellationToken),
            PlacementStarted e => await ApplyAsync(e, cancellationToken),
            PlacementEnded e => await ApplyAsync(e, cancellationToken),
            PlacementReviewed e => await ApplyAsync(e, cancellationToken),
            PlacementVisitRecorded e => await ApplyAsync(e, cancellationToken),
            CustodyTransferConsidered e => await ApplyAsync(e, cancellationToken),
            _ => [],
        };

    /// <summary>The fact with this id, added empty when the event is the first heard of it.</summary>
    private async Task<TFact> FactAsync<TFact>(Guid id, Func<TFact> create, CancellationToken cancellationToken)
        where TFact : class, ICaseFact
    {
        if (await rows.FindAsync<TFact>(id, cancellationToken) is { } found)
        {
            return found;
        }

        var fact = create();
        db.Set<TFact>().Add(fact);
        return fact;
    }

    /// <summary>Records the child's gender and birth month; when they change, every case of the child is counted again.</summary>
    private async Task LearnChildAsync(Guid childId, LegalGender gender, string? birthYearMonth, CancellationToken cancellationToken)
    {
        var child = await rows.FindAsync<ChildFact>(childId, cancellationToken);
        if (child is null)
        {
            child = new ChildFact { Id = childId };
            db.Children.Add(child);
        }

        if (child.Learn(gender, birthYearMonth))
        {
            childrenToRecount.Add(childId);
        }
    }
}
