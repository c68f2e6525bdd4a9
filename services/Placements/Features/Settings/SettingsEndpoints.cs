using Placements.Access;
using Placements.Data;
using Placements.Domain.Settings;
using Placements.Features.Shared;
using Platform.BuildingBlocks.Persistence;
using Platform.Contracts;
using Platform.Rules;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Problems;

namespace Placements.Features.Settings;

/// <summary>The body of <c>PUT /settings</c>; null keeps the catalogue's period.</summary>
internal sealed record PlacementSettingsRequest(int? VisitEveryMonths, int? RecordCheckEveryMonths);

internal sealed record PlacementSettingsResponse(int VisitEveryMonths, int RecordCheckEveryMonths, bool VisitTightened, bool RecordCheckTightened);

/// <summary>
/// The municipality's periods for its municipal rules here: visits (placement-visit) and foster-home record
/// checks, each between the catalogue's minimum and its default (a municipality may tighten, never loosen).
/// </summary>
internal static class SettingsEndpoints
{
    public static RouteGroupBuilder MapSettings(this RouteGroupBuilder group)
    {
        group.MapGet("/settings", GetAsync).Produces<PlacementSettingsResponse>();
        group.MapPut("/settings", PutAsync).DocumentsJsonWrite<PlacementSettingsRequest, PlacementSettingsResponse>(StatusCodes.Status200OK);
        return group;
    }

    private static async Task<IResult> GetAsync(PlacementsDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
        Results.Ok(Show(await db.SettingsAsync(cancellationToken), StockholmCalendar.LocalDate(time.GetUtcNow())));

    private static async Task<IResult> PutAsync(HttpRequest http, PlacementsDbContext db, CurrentUser user, TimeProvider time, CancellationToken cancellationToken)
    {
        if (PlacementsAccess.RefuseUnlessSettingsManager(user) is { } refused)
        {
            return refused;
        }

        var now = time.GetUtcNow();
        var today = StockholmCalendar.LocalDate(now);
        var errors = new ValidationErrors();
        var request = await JsonRequestBody.ReadAsync<PlacementSettingsRequest>(http, errors, cancellationToken);
        if (request is null)
        {
            return errors.ToProblem();
        }

        Check(request.VisitEveryMonths, RuleIds.PlacementVisit, "visitEveryMonths", today, errors);
        Check(request.RecordCheckEveryMonths, RuleIds.FosterHomeRecordCheck, "recordCheckEveryMonths", today, errors);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var settings = await db.SettingsAsync(cancellationToken);
        if (settings is null)
        {
            settings = new PlacementSettings();
            db.Settings.Add(settings);
        }

        (settings.VisitEveryMonths, settings.RecordCheckEveryMonths) = (request.VisitEveryMonths, request.RecordCheckEveryMonths);
        (settings.ChangedAt, settings.ChangedByName) = (now, user.Name);
        return await db.SaveOrConflictAsync(cancellationToken) ?? Results.Ok(Show(settings, today));
    }

    private static void Check(int? months, string ruleId, string field, DateOnly today, ValidationErrors errors)
    {
        var rule = RuleCatalogue.InForce(ruleId, today);
        if (months is { } value && !(rule.Minimum!.IsWithin(RulePeriod.Months(value)) && RulePeriod.Months(value).IsWithin(rule.Repeat ?? rule.Period)))
        {
            errors.Add(field, $"Between {rule.Minimum.Amount} and {(rule.Repeat ?? rule.Period).Amount} months: a municipality may tighten the rule, never loosen it.");
        }
    }

    private static PlacementSettingsResponse Show(PlacementSettings? settings, DateOnly today)
    {
        var visit = PlacementSettings.VisitPeriod(settings, today) ?? RuleCatalogue.InForce(RuleIds.PlacementVisit, today).Period;
        var check = PlacementSettings.RecordCheckPeriod(settings, today) ?? RuleCatalogue.InForce(RuleIds.FosterHomeRecordCheck, today).Period;
        return new PlacementSettingsResponse(visit.Amount, check.Amount, settings?.VisitEveryMonths is not null, settings?.RecordCheckEveryMonths is not null);
    }
}
