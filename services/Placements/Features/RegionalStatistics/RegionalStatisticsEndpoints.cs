using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Placements.Data;
using Placements.Domain.Regional;
using Placements.Features.RegionalExchange;
using Platform.BuildingBlocks.Authorization;
using Platform.Contracts.Investigation;
using Platform.Contracts.Placements;
using Platform.Contracts.Tenancy;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Placements.Features.RegionalStatistics;

/// <summary>Per placement type: ended placements, unplanned endings and their rate, average length in months; null where suppressed.</summary>
internal sealed record EndingRow(PlacementType PlacementType, int? Ended, int? Unplanned, decimal? UnplannedRate, decimal? AverageMonths);

/// <summary>Per provider: how many placements have ratings, and the averages per indicator; null where fewer than 5 children lie behind.</summary>
internal sealed record ProviderIndicatorRow(string ProviderOrganisationNumber, int? Placements, IndicatorScores? Averages);

/// <summary>
/// The county's aggregates for its analysts (<c>regionanalytiker</c> with the region's token), never a record:
/// placements started by type and municipality, provider or month; endings and lengths; indicator averages per
/// provider. Each counts the region's own rows only (its tenant), and hides cells under 5 children (DOMAIN.md §2.6).
/// </summary>
internal static class RegionalStatisticsEndpoints
{
    private static readonly string[] Dimensions = ["municipality", "provider", "month"];

    public static RouteGroupBuilder MapRegionalStatistics(this RouteGroupBuilder group)
    {
        var region = group.MapGroup("/regional/statistics").AddEndpointFilter((context, next) =>
        {
            var user = context.HttpContext.RequestServices.GetRequiredService<CurrentUser>();
            return user.Tenant.Kind == TenantKind.Region && user.IsInRole(PlatformRoles.Regionanalytiker)
                ? next(context)
                : ValueTask.FromResult<object?>(Problems.Forbidden(AccessRules.RegionalFollowUp,
                    "The county's aggregates are for the region's analysts (regionanalytiker, with the region's token)."));
        });
        region.MapGet("/placements", PlacementsAsync).Produces<CrossTable>();
        region.MapGet("/endings", EndingsAsync).Produces<EndingRow[]>();
        region.MapGet("/indicators", IndicatorsAsync).Produces<ProviderIndicatorRow[]>();
        return group;
    }

    private static async Task<IResult> PlacementsAsync(string? by, string? from, string? to, PlacementsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Require(by is not null && Dimensions.Contains(by), "by", "One of: " + string.Join(", ", Dimensions) + ".");
        if (await RecordsAsync(db, from, to, errors, cancellationToken) is not { } records)
        {
            return errors.ToProblem();
        }

        Func<RegionalRecord, string> row = by switch
        {
            "municipality" => r => r.MunicipalityCode,
            "provider" => r => r.ProviderOrganisationNumber ?? "none",
            _ => r => r.StartMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        };
        var rowLabels = records.Select(row).Distinct().Order(StringComparer.Ordinal).ToList();
        var types = Enum.GetValues<PlacementType>();
        var counts = new int[rowLabels.Count, types.Length];
        foreach (var record in records)
        {
            counts[rowLabels.IndexOf(row(record)), Array.IndexOf(types, record.PlacementType)]++;
        }

        return Results.Ok(CrossTable.Of(by!, rowLabels, [.. types.Select(KebabEnum.Name)], counts));
    }

    private static async Task<IResult> EndingsAsync(string? from, string? to, PlacementsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (await RecordsAsync(db, from, to, errors, cancellationToken) is not { } records)
        {
            return errors.ToProblem();
        }

        var rows = Enum.GetValues<PlacementType>().Select(type =>
        {
            var ended = records.Where(r => r.PlacementType == type && r.EndMonth is not null).ToList();
            var unplanned = ended.Count(r => r.Ending == PlacementEnding.Unplanned);
            // The planned count is the ended less the unplanned: small either way would reveal a small group.
            var safe = ended.Count >= Suppression.Threshold && !Suppression.IsSmall(unplanned) && !Suppression.IsSmall(ended.Count - unplanned);
            var months = ended.Select(r => ((r.EndMonth!.Value.Year - r.StartMonth.Year) * 12) + r.EndMonth.Value.Month - r.StartMonth.Month + 1).ToList();
            return ended.Count >= Suppression.Threshold
                ? new EndingRow(type, ended.Count, safe ? unplanned : null, safe ? Math.Round((decimal)unplanned / ended.Count, 3) : null, Math.Round((decimal)months.Average(), 1))
                : new EndingRow(type, ended.Count == 0 ? 0 : null, ended.Count == 0 ? 0 : null, null, null);
        }).ToList();
        return Results.Ok(rows);
    }

    private static async Task<IResult> IndicatorsAsync(string? from, string? to, PlacementsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (await RecordsAsync(db, from, to, errors, cancellationToken) is not { } records)
        {
            return errors.ToProblem();
        }

        var rows = records.Where(r => r.ProviderOrganisationNumber is not null && r.PlanInPlace is not null)
            .GroupBy(r => r.ProviderOrganisationNumber!)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Count() < Suppression.Threshold
                ? new ProviderIndicatorRow(g.Key, null, null)
                : new ProviderIndicatorRow(g.Key, g.Count(), new IndicatorScores
                {
                    PlanInPlace = Average(g, r => r.PlanInPlace),
                    SchoolOrOccupation = Average(g, r => r.SchoolOrOccupation),
                    WellBeing = Average(g, r => r.WellBeing),
                    Safety = Average(g, r => r.Safety),
                    TreatmentByStaff = Average(g, r => r.TreatmentByStaff),
                    Participation = Average(g, r => r.Participation),
                }))
            .ToList();
        return Results.Ok(rows);
    }

    private static decimal? Average(IEnumerable<RegionalRecord> records, Func<RegionalRecord, decimal?> score) =>
        records.Select(score).Average() is { } average ? Math.Round(average, 2) : null;

    /// <summary>The region's records of placements started in the months from–to; the tenant filter keeps them to the caller's region.</summary>
    private static async Task<List<RegionalRecord>?> RecordsAsync(PlacementsDbContext db, string? from, string? to, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var (first, last) = (ReconciliationEndpoint.Month(from, "from", errors), ReconciliationEndpoint.Month(to, "to", errors));
        if (!errors.IsValid)
        {
            return null;
        }

        var end = last!.Value.AddMonths(1);
        return await db.RegionalRecords.AsNoTracking().Where(r => r.StartMonth >= first!.Value && r.StartMonth < end).ToListAsync(cancellationToken);
    }
}
