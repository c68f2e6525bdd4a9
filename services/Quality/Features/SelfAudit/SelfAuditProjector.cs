using Platform.Contracts;
using Platform.Contracts.Assessment;
using Platform.Contracts.Investigation;
using Quality.Data;
using Quality.Domain.SelfAudit;
using Quality.Features.Shared;

namespace Quality.Features.SelfAudit;

/// <summary>
/// Keeps what the checklist needs beyond the case facts as the events arrive: an investigation's assessment,
/// reports and documenting caseworker, and whether an assessment was extended. Each row is set from one event alone, so a replay rewrites it alike.
/// Rows are found among those the run loaded (<see cref="LoadedRows"/>), so a new one costs no query.
/// </summary>
internal sealed class SelfAuditProjector(QualityDbContext db, LoadedRows rows)
{
    public async Task ApplyAsync(IIntegrationEvent message, CancellationToken cancellationToken)
    {
        switch (message)
        {
            case InvestigationOpened e:
                var investigation = await AuditedAsync(e.InvestigationId, cancellationToken);
                investigation.AssessmentId = e.AssessmentId;
                investigation.ReportIds = [.. e.ReportIds];
                break;
            case InvestigationConcluded e:
                (await AuditedAsync(e.InvestigationId, cancellationToken)).DocumentingCaseworker = e.DocumentingCaseworker;
                break;
            case AssessmentDecided e:
                var extension = await rows.FindAsync<AssessmentExtension>(e.AssessmentId, cancellationToken)
                    ?? db.AssessmentExtensions.Add(new AssessmentExtension { Id = e.AssessmentId }).Entity;
                extension.WasExtended = e.WasExtended;
                break;
        }
    }

    private async Task<AuditedInvestigation> AuditedAsync(Guid id, CancellationToken cancellationToken) =>
        await rows.FindAsync<AuditedInvestigation>(id, cancellationToken)
        ?? db.AuditedInvestigations.Add(new AuditedInvestigation { Id = id }).Entity;
}
