using Intake.Access;
using Intake.Data;
using Intake.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.AccessLog;
using Platform.BuildingBlocks.Authorization;
using Platform.BuildingBlocks.Messaging;
using Platform.BuildingBlocks.Persistence;
using Platform.Contracts;
using Platform.Rules;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Intake.Features.Shared;

/// <summary>
/// The checks a recording on a report starts with, in the order a caller can act on them: qualified
/// (403), exists (404), within the caller's unit or with a stated reason (403 naming the rule), a
/// valid body (400); and how it is saved: with its access-log entry and its event, or a 409.
/// </summary>
internal sealed class ReportWork(IntakeDbContext db, CurrentUser user, UnitAccess units, TimeProvider time, AccessLogWriter log)
{
    /// <summary>The report to work on, or the refusal; <c>work</c> says what the caller tries to do, as the refusal puts it.</summary>
    public async Task<(Report? Report, IResult? Problem)> LoadAsync(Guid id, string work, CancellationToken cancellationToken)
    {
        if (!user.IsQualified)
        {
            var provision = RuleCatalogue.Provision(LegalProvisionIds.QualifiedStaff, StockholmCalendar.LocalDate(time.GetUtcNow()));
            return (null, Problems.Forbidden(AccessRules.QualifiedStaff,
                $"Only staff with a social-work degree or equivalent may {work} ({provision.Display})."));
        }

        var report = await db.Reports.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null)
        {
            return (null, Problems.NotFound("Report"));
        }

        return units.Refusal(report.Unit) is { } refused ? (null, refused) : (report, null);
    }

    /// <summary>The report and the checked body of a recording on it, or the refusal or the 400 naming the fields.</summary>
    public async Task<(ReportRecording<TRequest, TValid>? Recording, IResult? Problem)> ReadAsync<TRequest, TValid>(
        Guid id, string work, HttpRequest http, Func<TRequest, Report, ValidationErrors, TValid?> validate, CancellationToken cancellationToken)
        where TRequest : class
        where TValid : struct
    {
        var (report, problem) = await LoadAsync(id, work, cancellationToken);
        if (report is null)
        {
            return (null, problem);
        }

        var errors = new ValidationErrors();
        var request = await JsonRequestBody.ReadAsync<TRequest>(http, errors, cancellationToken);
        var valid = request is null ? null : validate(request, report, errors);
        return errors.IsValid ? (new(report, request!, valid!.Value), null) : (null, errors.ToProblem());
    }

    /// <summary>Saves a recording on the report: a new version (so a concurrent recording conflicts), the access-log entry and the event, in one transaction.</summary>
    public async Task SaveRecordingAsync<TEvent>(Report report, TEvent integrationEvent, CancellationToken cancellationToken)
        where TEvent : class, IIntegrationEvent
    {
        report.Version++;
        log.Add(AccessAction.Write, IntakeAccess.ReportRecord, report.Id);
        db.AddEvent(integrationEvent);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The recording's answer, or a 409 when the report changed at the same time.</summary>
    public static async Task<IResult> OrConflictAsync(Func<Task<IResult>> record)
    {
        try
        {
            return await record();
        }
        catch (DbUpdateException e) when (e.IsConflict())
        {
            return Problems.Conflict("The report changed at the same time (an assessment or reclassification was recorded); reload it.");
        }
    }
}
