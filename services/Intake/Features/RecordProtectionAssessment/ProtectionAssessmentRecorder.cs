using Intake.Access;
using Intake.Data;
using Intake.Domain.Reports;
using Platform.BuildingBlocks.AccessLog;
using Platform.BuildingBlocks.Messaging;
using Platform.Contracts.Intake;
using Platform.ServiceDefaults.Authentication;

namespace Intake.Features.RecordProtectionAssessment;

/// <summary>Records the assessment, a late one too, marked late against the deadline the report carries.</summary>
internal sealed class ProtectionAssessmentRecorder(IntakeDbContext db, CurrentUser user, TimeProvider time, AccessLogWriter log)
{
    public async Task<ProtectionAssessmentResponse> RecordAsync(
        Report report,
        RecordProtectionAssessmentRequest request,
        DateTimeOffset assessedAt,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var staff = Staff.From(user);
        var dueAt = report.ProtectionAssessmentDueAt!.Value;
        var assessment = new ProtectionAssessment
        {
            Id = Guid.NewGuid(),
            ReportId = report.Id,
            AssessedAt = assessedAt,
            DueAt = dueAt,
            WithinDeadline = assessedAt <= dueAt,
            AssessorId = staff.Id,
            AssessorName = staff.Name,
            AssessorRole = staff.Role,
            Circumstances = request.Circumstances!.Trim(),
            ImmediateProtectionNeeded = request.ImmediateProtectionNeeded!.Value,
            ActionsTaken = request.ActionsTaken!.Trim(),
            RecordedAt = now,
        };
        db.ProtectionAssessments.Add(assessment);
        report.Status = ReportStatuses.For(report.Classification, protectionAssessed: true);
        report.Version++;
        log.Add(AccessAction.Write, IntakeAccess.ReportRecord, report.Id);
        db.AddEvent(new ProtectionAssessmentRecorded
        {
            EventId = Guid.NewGuid(),
            TenantId = report.TenantId,
            OccurredAt = now,
            ReportId = report.Id,
            ChildId = report.ChildId,
            AssessedAt = assessedAt,
            DueAt = dueAt,
            WithinDeadline = assessment.WithinDeadline,
            ImmediateProtectionNeeded = assessment.ImmediateProtectionNeeded,
            AssessorRole = staff.Role,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new ProtectionAssessmentResponse(
            report.Id, assessedAt, dueAt, assessment.WithinDeadline, !assessment.WithinDeadline,
            assessment.ImmediateProtectionNeeded, staff.Name, staff.Role);
    }
}
