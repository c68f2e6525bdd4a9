using Assessment.Access;
using Assessment.Data;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Persistence;
using Platform.Contracts;
using Platform.Rules;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Problems;
using Settings = Assessment.Domain.Settings.MunicipalSettings;

namespace Assessment.Features.MunicipalSettings;

/// <summary>The body of <c>PUT /api/assessment/settings</c>.</summary>
internal sealed record MunicipalSettingsRequest(int? ReporterFeedbackDays);

/// <summary>The settings in force; <c>changedAt</c> is null while the catalogue's defaults apply.</summary>
internal sealed record MunicipalSettingsResponse(int ReporterFeedbackDays, int CatalogueReporterFeedbackDays, DateTimeOffset? ChangedAt, string? ChangedByName);

/// <summary><c>GET/PUT /api/assessment/settings</c>: the municipality's own periods for its municipal rules.</summary>
internal static class MunicipalSettingsEndpoints
{
    public static RouteGroupBuilder MapMunicipalSettings(this RouteGroupBuilder group)
    {
        group.MapGet("/settings", GetAsync).Produces<MunicipalSettingsResponse>();
        group.MapPut("/settings", PutAsync)
            .DocumentsJsonWrite<MunicipalSettingsRequest, MunicipalSettingsResponse>(StatusCodes.Status200OK, StatusCodes.Status409Conflict);
        return group;
    }

    private static DeadlineRule FeedbackRule(DateTimeOffset now) => RuleCatalogue.InForce(RuleIds.ReporterFeedback, StockholmCalendar.LocalDate(now));

    private static MunicipalSettingsResponse Show(Settings? settings, DateTimeOffset now) => new(
        Settings.FeedbackPeriod(settings, StockholmCalendar.LocalDate(now)).Amount, FeedbackRule(now).Period.Amount, settings?.ChangedAt, settings?.ChangedByName);

    private static async Task<IResult> GetAsync(AssessmentDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
        Results.Ok(Show(await db.Settings.FirstOrDefaultAsync(cancellationToken), time.GetUtcNow()));

    private static async Task<IResult> PutAsync(
        HttpRequest http, AssessmentDbContext db, CurrentUser user, TimeProvider time, CancellationToken cancellationToken)
    {
        if (AssessmentAccess.RefuseUnlessSettingsManager(user) is { } refused)
        {
            return refused;
        }

        var now = time.GetUtcNow();
        var errors = new ValidationErrors();
        var request = await JsonRequestBody.ReadAsync<MunicipalSettingsRequest>(http, errors, cancellationToken);
        var rule = FeedbackRule(now);
        var (fewest, most) = (rule.Minimum?.Amount ?? rule.Period.Amount, rule.Period.Amount);
        errors.Require(request is null || request.ReporterFeedbackDays is { } days && days >= fewest && days <= most, "reporterFeedbackDays",
            $"Required: {fewest} to {most} days; a municipal rule may be tightened, not loosened.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var settings = await db.Settings.FirstOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = new Settings { TenantId = user.Tenant.Value };
            db.Settings.Add(settings);
        }

        settings.ReporterFeedbackDays = request!.ReporterFeedbackDays!.Value;
        (settings.ChangedAt, settings.ChangedById, settings.ChangedByName, settings.ChangedByRole) = (now, user.Id, user.Name, user.Role);
        return await db.SaveOrConflictAsync(cancellationToken) ?? Results.Ok(Show(settings, now));
    }
}
