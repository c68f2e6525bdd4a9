using Platform.Contracts;
using Platform.Contracts.Assessment;
using Platform.Contracts.Investigation;
using Quality.Data;
using Quality.Domain.SelfAudit;

namespace Quality.Features.SelfAudit;

/// <summary>
/// Keeps what the checklist needs beyond the case facts as the events arrive: an investigation's assessment and
/// reports, and whether an assessment was extended. Each row is set from one event alone, so a replay rewrites it alike.
/// </summary>
internal sealed class SelfAuditProjector(QualityDbContext db)
{
    public async Task ApplyAsync(IIntegrationEvent message, CancellationToken cancellationToken)
    {
        switch (message)
        {
            case InvestigationOpened e:
                var investigation = await db.AuditedInvestigations.FindAsync([e.InvestigationId], cancellationToken)
                    ?? db.AuditedInvestigations.Add(new AuditedInvestigation { Id = e.InvestigationId }).Entity;
                investigation.AssessmentId = e.AssessmentId;
                investigation.ReportIds = [.. e.ReportIds];
                break;
            case AssessmentDecided e:
                var extension = await db.AssessmentExtensions.FindAsync([e.AssessmentId], cancellationToken)
                    ?? db.AssessmentExtensions.Add(new AssessmentExtension { Id = e.AssessmentId }).Entity;
                extension.WasExtended = e.WasExtended;
                break;
        }
    }
}
