using Intake.Access;
using Intake.Data;
using Intake.Domain.Children;
using Intake.Domain.Reports;
using Intake.Features.ChildHistory;
using Platform.BuildingBlocks.AccessLog;
using Platform.BuildingBlocks.Messaging;
using Platform.Contracts.Intake;
using Platform.Rules;
using Platform.ServiceDefaults.Authentication;

namespace Intake.Features.RegisterReport;

/// <summary>
/// Registers a report in one transaction: the child, the case number, the report, the access-log
/// entry, the idempotency record and the <see cref="ReportRegistered"/> event all commit, or none.
/// </summary>
internal sealed class ReportRegistration(
    IntakeDbContext db,
    CurrentUser user,
    TimeProvider time,
    ChildRegistry children,
    CaseNumbers caseNumbers,
    IdempotencyKeys idempotencyKeys,
    AccessLogWriter log)
{
    public async Task<RegisterReportResponse> RegisterAsync(NewReport input, (string Key, byte[] Hash)? idempotency, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var tenant = user.Tenant.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (child, isNew) = await children.FindOrAddAsync(input.About, tenant, now, cancellationToken);
        var prior = isNew ? [] : await PriorKnowledge.ForChildAsync(db, child.Id, cancellationToken);
        var caseNumber = await caseNumbers.NextAsync(tenant, StockholmCalendar.LocalDate(now).Year, cancellationToken);
        var dueAt = ProtectionAssessmentDeadline.For(input.Classification, input.ReceivedAt, await db.ProtectionAssessmentCutOffAsync(cancellationToken));
        var report = NewRow(input, child.Id, caseNumber, dueAt, now);
        db.Reports.Add(report);
        log.Add(AccessAction.Write, IntakeAccess.ReportRecord, report.Id);
        db.AddEvent(Registered(report, child, tenant, now));

        var response = new RegisterReportResponse(report.Id, caseNumber, child.Id, dueAt, prior);
        if (idempotency is { } key)
        {
            idempotencyKeys.Add(key.Key, key.Hash, response, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response;
    }

    private Report NewRow(NewReport input, Guid childId, string caseNumber, DateTimeOffset? dueAt, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        CaseNumber = caseNumber,
        ChildId = childId,
        ReceivedAt = input.ReceivedAt,
        RegisteredAt = now,
        RegisteredById = Staff.From(user).Id,
        RegisteredByName = Staff.From(user).Name,
        RegisteredByRole = Staff.From(user).Role,
        Channel = input.Channel,
        Classification = input.Classification,
        OriginalClassification = input.Classification,
        ClassificationReason = input.ClassificationReason,
        ReporterCategory = input.From.Category,
        ReporterIsMandatory = input.From.IsMandatory,
        ReporterRequestedFeedback = input.From.RequestedFeedback,
        ReporterName = input.From.Name,
        ReporterOrganisation = input.From.Organisation,
        ReporterContact = input.From.Contact,
        ConcernCategories = [.. input.Concerns],
        ViolenceByCloseRelative = input.ViolenceByCloseRelative,
        Description = input.Description,
        Unit = input.Unit,
        ProtectedIdentityReported = input.About.ProtectedIdentity,
        ProtectionAssessmentDueAt = dueAt,
        Status = ReportStatuses.For(input.Classification, protectionAssessed: false),
    };

    private static ReportRegistered Registered(Report report, Child child, string tenant, DateTimeOffset now) => new()
    {
        EventId = Guid.NewGuid(),
        TenantId = tenant,
        OccurredAt = now,
        ReportId = report.Id,
        CaseNumber = report.CaseNumber,
        ReceivedAt = report.ReceivedAt,
        Classification = report.Classification,
        ReporterCategory = report.ReporterCategory,
        IsMandatoryReporter = report.ReporterIsMandatory,
        FeedbackRequested = report.ReporterRequestedFeedback,
        ConcernCategories = report.ConcernCategories,
        ViolenceByCloseRelative = report.ViolenceByCloseRelative,
        ChildId = child.Id,
        ChildGender = child.Gender,
        ChildBirthYearMonth = child.BirthDate?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        IsProtectedIdentity = child.ProtectedIdentity,
        Unit = report.Unit,
        ProtectionAssessmentDueAt = report.ProtectionAssessmentDueAt,
    };
}
