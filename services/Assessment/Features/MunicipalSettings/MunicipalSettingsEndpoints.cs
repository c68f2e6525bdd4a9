using Assessment.Access;
using Assessment.Data;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Authorization;
using Platform.BuildingBlocks.Persistence;
using Platform.Contracts;
using Platform.Rules;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Problems;
using Settings = Assessment.Domain.Settings.MunicipalSettings;

namespace Assessment.Features.MunicipalSettings;

/// <summary>The body of <c>PUT /api/assessment/settings</c>: each field given is changed, each left out kept.</summary>
internal sealed record MunicipalSettingsRequest(int? ReporterFeedbackDays, List<string>? ProtectedIdentityRoles);

/// <summary>The settings in force; <c>changedAt</c> is null while the defaults apply.</summary>
internal sealed record MunicipalSettingsResponse(
    int ReporterFeedbackDays, int CatalogueReporterFeedbackDays, IReadOnlyList<string> ProtectedIdentityRoles, DateTimeOffset? ChangedAt, string? ChangedByName);

/// <summary>
/// <c>GET/PUT /api/assessment/settings</c>: the municipality's own periods for its municipal rules, and
/// the roles that see the texts of an assessment about a child with a protected identity (default: team
/// lead and unit manager, as at intake; the municipality keeps the two settings in step, see ADR 13).
/// </summary>
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
        Settings.FeedbackPeriod(settings, StockholmCalendar.LocalDate(now)).Amount, FeedbackRule(now).Period.Amount, Settings.ProtectedReaders(settings),
        settings?.ChangedAt, settings?.ChangedByName);

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
        Validate(request, FeedbackRule(now), errors);
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

        settings.ReporterFeedbackDays = request!.ReporterFeedbackDays ?? settings.ReporterFeedbackDays;
        settings.ProtectedIdentityRoles = request.ProtectedIdentityRoles is { } roles ? [.. roles.Distinct(StringComparer.Ordinal)] : settings.ProtectedIdentityRoles;
        (settings.ChangedAt, settings.ChangedById, settings.ChangedByName, settings.ChangedByRole) = (now, user.Id, user.Name, user.Role);
        return await db.SaveOrConflictAsync(cancellationToken) ?? Results.Ok(Show(settings, now));
    }

    private static void Validate(MunicipalSettingsRequest? request, DeadlineRule feedbackRule, ValidationErrors errors)
    {
        if (request is null)
        {
            return;
        }

        var (fewest, most) = (feedbackRule.Minimum?.Amount ?? feedbackRule.Period.Amount, feedbackRule.Period.Amount);
        errors.Require(request.ReporterFeedbackDays is not null || request.ProtectedIdentityRoles is not null, "body",
            "Give reporterFeedbackDays, protectedIdentityRoles or both.");
        errors.Require(request.ReporterFeedbackDays is null || (request.ReporterFeedbackDays >= fewest && request.ReporterFeedbackDays <= most), "reporterFeedbackDays",
            $"{fewest} to {most} days; a municipal rule may be tightened, not loosened.");
        for (var i = 0; i < (request.ProtectedIdentityRoles?.Count ?? 0); i++)
        {
            errors.Require(CaseworkAccess.ReadRoles.Contains(request.ProtectedIdentityRoles![i], StringComparer.Ordinal), $"protectedIdentityRoles[{i}]",
                "One of the roles that read assessments: " + string.Join(", ", CaseworkAccess.ReadRoles) + ".");
        }
    }
}
