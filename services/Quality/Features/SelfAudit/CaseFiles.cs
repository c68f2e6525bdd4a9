using Microsoft.EntityFrameworkCore;
using Platform.Rules;
using Quality.Data;
using Quality.Domain.Facts;
using Quality.Domain.Indicators;
using Quality.Domain.SelfAudit;

namespace Quality.Features.SelfAudit;

/// <summary>
/// Reads audited cases from the projections: one case, or a unit's cases of a year (its investigations concluded
/// in that Europe/Stockholm year), with the facts of the assessment and reports each came from. The cost grows
/// with the cases asked for, never with the history.
/// </summary>
internal sealed class CaseFiles(QualityDbContext db)
{
    public async Task<CaseFile?> OneAsync(Guid investigationId, CancellationToken cancellationToken)
    {
        var investigation = await db.Investigations.AsNoTracking().SingleOrDefaultAsync(i => i.Id == investigationId, cancellationToken);
        return investigation is null ? null : (await FilesAsync([investigation], cancellationToken)).Single();
    }

    public async Task<IReadOnlyList<CaseFile>> OfUnitAsync(string unit, int year, CancellationToken cancellationToken)
    {
        var from = StockholmCalendar.StartOf(new DateOnly(year, 1, 1));
        var to = StockholmCalendar.StartOf(new DateOnly(year + 1, 1, 1));
        var investigations = await db.Investigations.AsNoTracking()
            .Where(i => i.Unit == unit && i.ConcludedAt >= from && i.ConcludedAt < to)
            .OrderBy(i => i.Id)
            .ToListAsync(cancellationToken);
        return await FilesAsync(investigations, cancellationToken);
    }

    /// <summary>Each case's stratum (the child's age band on the conclusion day and gender) and caseworker, as far as the events tell them.</summary>
    public async Task<IReadOnlyList<SampleCandidate>> CandidatesAsync(IReadOnlyList<CaseFile> files, CancellationToken cancellationToken)
    {
        var childIds = files.Select(f => f.Investigation.ChildId).Distinct().ToList();
        var children = await db.Children.AsNoTracking().Where(c => childIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        return files.Select(f =>
        {
            var dimensions = ChildFact.Dimensions(children.GetValueOrDefault(f.Investigation.ChildId), f.Investigation.Unit);
            var ageBand = AgeBands.At(dimensions.BirthYearMonth, StockholmCalendar.LocalDate(f.Investigation.ConcludedAt!.Value));
            return new SampleCandidate(
                f.Investigation.Id,
                SampleCandidate.StratumOf(ageBand, CaseDimensions.GenderKey(dimensions.Gender)),
                SampleCandidate.CaseworkerOf(f.Links?.DocumentingCaseworker));
        }).ToList();
    }

    public async Task<ILookup<Guid, ReviewerAnswer>> ReviewedAsync(IEnumerable<Guid> caseIds, CancellationToken cancellationToken)
    {
        var ids = caseIds.ToList();
        return (await db.ReviewerAnswers.AsNoTracking().Where(a => ids.Contains(a.CaseId)).ToListAsync(cancellationToken)).ToLookup(a => a.CaseId);
    }

    private async Task<IReadOnlyList<CaseFile>> FilesAsync(IReadOnlyList<InvestigationFact> investigations, CancellationToken cancellationToken)
    {
        var ids = investigations.Select(i => i.Id).ToList();
        var links = await db.AuditedInvestigations.AsNoTracking().Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);
        var assessmentIds = links.Values.Where(l => l.AssessmentId is not null).Select(l => l.AssessmentId!.Value).Distinct().ToList();
        var reportIds = links.Values.SelectMany(l => l.ReportIds).Distinct().ToList();
        var assessments = await db.Assessments.AsNoTracking().Where(a => assessmentIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var extensions = await db.AssessmentExtensions.AsNoTracking().Where(e => assessmentIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var reports = await db.Reports.AsNoTracking().Where(r => reportIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        return investigations.Select(i =>
        {
            var link = links.GetValueOrDefault(i.Id);
            var assessmentId = link?.AssessmentId ?? Guid.Empty;
            return new CaseFile(i, link, assessments.GetValueOrDefault(assessmentId), extensions.GetValueOrDefault(assessmentId),
                link is null ? [] : [.. link.ReportIds.Where(reports.ContainsKey).Select(r => reports[r])]);
        }).ToList();
    }
}
