using Platform.BuildingBlocks.Persistence;
using Platform.Contracts;
using Platform.Rules;

namespace Placements.Domain.Settings;

/// <summary>
/// A municipality's own periods for the municipal rules of this service: how often the placed child is
/// visited and how often a foster home's record is checked. The catalogue bounds both (a municipality
/// tightens, never loosens).
/// </summary>
internal sealed class PlacementSettings : ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;

    public int? VisitEveryMonths { get; set; }

    public int? RecordCheckEveryMonths { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public string ChangedByName { get; set; } = string.Empty;

    public static RulePeriod? VisitPeriod(PlacementSettings? settings, DateOnly on) =>
        settings?.VisitEveryMonths is { } months ? RuleCatalogue.Tightened(RuleIds.PlacementVisit, on, RulePeriod.Months(months)) : null;

    public static RulePeriod? RecordCheckPeriod(PlacementSettings? settings, DateOnly on) =>
        settings?.RecordCheckEveryMonths is { } months ? RuleCatalogue.Tightened(RuleIds.FosterHomeRecordCheck, on, RulePeriod.Months(months)) : null;
}
