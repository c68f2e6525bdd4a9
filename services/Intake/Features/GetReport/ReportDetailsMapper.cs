using Intake.Access;
using Intake.Domain.Children;
using Intake.Domain.Identity;
using Intake.Domain.Reports;
using Platform.Contracts;
using Platform.Contracts.Intake;
using Platform.Rules;

namespace Intake.Features.GetReport;

internal sealed class ReportDetailsMapper(ProtectedIdentityPolicy policy, IdentityProtector protector, TimeProvider time)
{
    public async Task<ReportDetails> MapAsync(
        Report report,
        Child child,
        ProtectionAssessment? assessment,
        IReadOnlyList<Reclassification> reclassifications,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var showIdentity = !child.ProtectedIdentity || await policy.MaySeeAsync(cancellationToken);
        string? Shown(string? text) => showIdentity ? text : null;
        return new ReportDetails(
            report.Id,
            report.CaseNumber,
            report.Status,
            report.ReceivedAt,
            report.RegisteredAt,
            report.Channel,
            report.Classification,
            report.OriginalClassification,
            Shown(report.ClassificationReason),
            report.Unit,
            !showIdentity,
            new(report.ReporterCategory, report.ReporterIsMandatory, report.ReporterRequestedFeedback,
                Shown(report.ReporterName), Shown(report.ReporterOrganisation), Shown(report.ReporterContact)),
            showIdentity ? Identity(child, now) : new(child.Id, true, null, null, null, null, null, null),
            report.ConcernCategories,
            report.ViolenceByCloseRelative,
            Shown(report.Description),
            report.ProtectionAssessmentDueAt,
            assessment is null && report.ProtectionAssessmentDueAt is { } due && RuleCatalogue.IsOverdue(due, now),
            DeadlinesOf(report),
            assessment is null ? null : new(
                assessment.AssessedAt, assessment.AssessorName, assessment.AssessorRole, Shown(assessment.Circumstances),
                assessment.ImmediateProtectionNeeded, Shown(assessment.ActionsTaken), assessment.DueAt, assessment.WithinDeadline,
                !assessment.WithinDeadline, assessment.RecordedAt),
            [.. reclassifications.Select(r => new ReportDetails.ReclassificationPart(
                r.FromClassification, r.ToClassification, Shown(r.Reason), r.ReclassifiedByName, r.ReclassifiedByRole, r.ReclassifiedAt))],
            RetentionOf(report, child, assessment, reclassifications));
    }

    private ReportDetails.ChildPart Identity(Child child, DateTimeOffset now)
    {
        var number = child.IdentityNumberEncrypted is null ? null : protector.Decrypt(child.IdentityNumberEncrypted, child.TenantId, child.Id);
        return new(
            child.Id,
            child.ProtectedIdentity,
            number is null ? null : number[..8] + "-" + number[8..],
            number is null ? null : child.IsCoordinationNumber,
            child.KnownName,
            child.BirthDate,
            child.BirthDate is { } born ? Ages.On(born, StockholmCalendar.LocalDate(now)) : null,
            child.Gender);
    }

    private static ReportDetails.RetentionPart RetentionOf(
        Report report, Child child, ProtectionAssessment? assessment, IReadOnlyList<Reclassification> reclassifications)
    {
        var lastEntry = reclassifications.Select(r => r.ReclassifiedAt)
            .Append(assessment?.RecordedAt ?? report.RegisteredAt)
            .Append(report.RegisteredAt)
            .Max();
        var retention = RecordRetention.For(StockholmCalendar.LocalDate(lastEntry), child.BirthDate);
        return new(retention.ThinnedFrom, retention.KeptPermanently, retention.Reference.Display, retention.Reference.Verified);
    }

    private static List<ReportDetails.DeadlinePart> DeadlinesOf(Report report)
    {
        if (report.Classification != Classification.Anmalan)
        {
            return [];
        }

        // The protection deadline as set at registration, under the cut-off then in force; the
        // assessment's deadline as the assessment service computes it, from the same rule.
        var receivedOn = StockholmCalendar.LocalDate(report.ReceivedAt);
        return [.. new[] { RuleIds.ProtectionAssessment, RuleIds.InitialAssessment }.Select(id =>
        {
            var reference = RuleCatalogue.Reference(id, receivedOn);
            var dueAt = id == RuleIds.ProtectionAssessment && report.ProtectionAssessmentDueAt is { } set ? set : RuleCatalogue.Due(id, report.ReceivedAt);
            return new ReportDetails.DeadlinePart(id, reference.Display, reference.Verified, dueAt);
        })];
    }
}
