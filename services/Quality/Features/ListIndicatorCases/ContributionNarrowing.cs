using Quality.Domain.Indicators;
using Quality.Features.Shared;

namespace Quality.Features.ListIndicatorCases;

internal static class ContributionNarrowing
{
    /// <summary>The contributions in the asked unit and split, if any.</summary>
    public static IQueryable<IndicatorContribution> Narrowed(this IQueryable<IndicatorContribution> query, IndicatorFilter filter, CaseFilter narrowed) => query
        .Where(c => filter.Unit == null || c.Unit == filter.Unit)
        .Where(c => narrowed.Gender == null || c.Gender == narrowed.Gender)
        .Where(c => narrowed.AgeBand == null || c.AgeBand == narrowed.AgeBand)
        .Where(c => narrowed.Category == null || c.Category == narrowed.Category);
}
