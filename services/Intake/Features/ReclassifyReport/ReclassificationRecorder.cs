using Intake.Access;
using Intake.Data;
using Intake.Domain.Reports;
using Intake.Features.Shared;
using Platform.Contracts.Intake;
using Platform.ServiceDefaults.Authentication;

namespace Intake.Features.ReclassifyReport;

/// <summary>
/// Changes a report's class and lets its deadlines follow: only an anmälan carries the immediate
/// protection assessment, still counted from receipt. The change is kept with who and why.
/// </summary>
internal sealed class ReclassificationRecorder(IntakeDbContext db, CurrentUser user, TimeProvider time, ReportWork work)
{
    public async Task<ReclassificationResponse> RecordAsync(Report report, Classification to, string reason, bool assessed, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var staff = Staff.From(user);
        var from = report.Classification;
        db.Reclassifications.Add(new Reclassification
        {
            Id = Guid.NewGuid(),
            ReportId = report.Id,
            FromClassification = from,
            ToClassification = to,
            Reason = reason,
            ReclassifiedById = staff.Id,
            ReclassifiedByName = staff.Name,
            ReclassifiedByRole = staff.Role,
            ReclassifiedAt = now,
        });
        report.Classification = to;
        report.ProtectionAssessmentDueAt = ProtectionAssessmentDeadline.For(to, report.ReceivedAt, await db.ProtectionAssessmentCutOffAsync(cancellationToken));
        report.Status = ReportStatuses.For(to, assessed);
        await work.SaveRecordingAsync(report, new ReportReclassified
        {
            EventId = Guid.NewGuid(),
            TenantId = report.TenantId,
            OccurredAt = now,
            ReportId = report.Id,
            ChildId = report.ChildId,
            From = from,
            To = to,
            OriginalClassification = report.OriginalClassification,
            ReceivedAt = report.ReceivedAt,
            ProtectionAssessmentDueAt = report.ProtectionAssessmentDueAt,
            ReclassifiedByRole = staff.Role,
        }, cancellationToken);
        return new ReclassificationResponse(report.Id, from, to, report.Status, report.ProtectionAssessmentDueAt, now, staff.Name, staff.Role);
    }
}
