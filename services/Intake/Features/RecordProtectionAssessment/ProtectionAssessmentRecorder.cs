using Intake.Access;
using Intake.Data;
using Intake.Domain.Reports;
using Intake.Features.Shared;
using Platform.Contracts.Intake;
using Platform.ServiceDefaults.Authentication;

namespace Intake.Features.RecordProtectionAssessment;

/// <summary>Records the assessment, a late one too, marked late against the deadline the report carries.</summary>
internal sealed class ProtectionAssessmentRecorder(IntakeDbContext db, CurrentUser user, TimeProvider time, ReportWork work)
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
        await work.SaveRecordingAsync(report, new ProtectionAssessmentRecorded
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
        }, cancellationToken);
        return new ProtectionAssessmentResponse(
            report.Id, assessedAt, dueAt, assessment.WithinDeadline, !assessment.WithinDeadline,
            assessment.ImmediateProtectionNeeded, staff.Name, staff.Role);
    }
}
