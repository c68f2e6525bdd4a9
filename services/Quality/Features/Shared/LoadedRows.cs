using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Quality.Data;
using Quality.Domain.Facts;
using Quality.Domain.SelfAudit;

namespace Quality.Features.Shared;

/// <summary>
/// The rows a run of events reads, loaded up front with one query per table, and the ids found absent then, so
/// that each event finds its rows in memory and the projection's cost is a few round-trips per run, not per event.
/// </summary>
internal sealed class LoadedRows(QualityDbContext db)
{
    private static readonly Dictionary<Type, Func<QualityDbContext, List<Guid>, CancellationToken, Task<HashSet<Guid>>>> Loaders = new()
    {
        [typeof(ReportFact)] = LoadByIdAsync<ReportFact>,
        [typeof(AssessmentFact)] = LoadByIdAsync<AssessmentFact>,
        [typeof(InvestigationFact)] = LoadByIdAsync<InvestigationFact>,
        [typeof(InterventionFact)] = LoadByIdAsync<InterventionFact>,
        [typeof(PlacementFact)] = LoadByIdAsync<PlacementFact>,
        [typeof(ChildFact)] = LoadByIdAsync<ChildFact>,
        [typeof(AuditedInvestigation)] = LoadByIdAsync<AuditedInvestigation>,
        [typeof(AssessmentExtension)] = LoadByIdAsync<AssessmentExtension>,
    };

    private readonly HashSet<(Type Row, Guid Id)> absent = [];

    public async Task LoadAsync(IReadOnlyList<IIntegrationEvent> messages, CancellationToken cancellationToken)
    {
        absent.Clear();
        foreach (var group in messages.SelectMany(EventFactKeys.Of).Distinct().GroupBy(k => k.Row))
        {
            var ids = group.Select(k => k.Id).ToList();
            var found = await Loaders[group.Key](db, ids, cancellationToken);
            absent.UnionWith(ids.Where(id => !found.Contains(id)).Select(id => (group.Key, id)));
        }

        var placements = messages.Select(EventFactKeys.PlacementOf).OfType<Guid>().Distinct().Select(id => (Guid?)id).ToList();
        if (placements.Count > 0)
        {
            await db.Placements.Where(p => placements.Contains(p.PlacementId)).LoadAsync(cancellationToken);
        }
    }

    /// <summary>The row with this id: tracked already, known absent, or else asked for.</summary>
    public async ValueTask<TRow?> FindAsync<TRow>(Guid id, CancellationToken cancellationToken)
        where TRow : class
    {
        if (db.Set<TRow>().Local.FindEntry(id) is { } entry)
        {
            return entry.Entity;
        }

        return absent.Contains((typeof(TRow), id)) ? null : await db.Set<TRow>().FindAsync([id], cancellationToken);
    }

    /// <summary>Every case of these children, those added in this run included, for when a child's gender or birth month is learnt.</summary>
    public async Task<IReadOnlyList<ICaseFact>> CasesOfChildrenAsync(IReadOnlyCollection<Guid> children, CancellationToken cancellationToken)
    {
        if (children.Count == 0)
        {
            return [];
        }

        return
        [
            .. await OfChildrenAsync(db.Reports, children, cancellationToken),
            .. await OfChildrenAsync(db.Assessments, children, cancellationToken),
            .. await OfChildrenAsync(db.Investigations, children, cancellationToken),
            .. await OfChildrenAsync(db.Interventions, children, cancellationToken),
            .. await OfChildrenAsync(db.Placements, children, cancellationToken),
        ];
    }

    private static async Task<IEnumerable<TFact>> OfChildrenAsync<TFact>(DbSet<TFact> facts, IReadOnlyCollection<Guid> children, CancellationToken cancellationToken)
        where TFact : class, ICaseFact
    {
        await facts.Where(f => children.Contains(f.ChildId)).LoadAsync(cancellationToken);
        return facts.Local.Where(f => children.Contains(f.ChildId));
    }

    private static async Task<HashSet<Guid>> LoadByIdAsync<TRow>(QualityDbContext db, List<Guid> ids, CancellationToken cancellationToken)
        where TRow : class
    {
        var rows = await db.Set<TRow>().Where(r => ids.Contains(EF.Property<Guid>(r, "Id"))).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (Guid)db.Entry(r).Property("Id").CurrentValue!)];
    }
}
