using Platform.BuildingBlocks.Persistence;
using Platform.Contracts;
using Platform.Rules;

namespace Assessment.Domain.Settings;

/// <summary>
/// A municipality's own settings for this service: the reporter-feedback period is a municipal
/// rule, which the municipality may tighten (never loosen past the catalogue's period).
/// </summary>
internal sealed class MunicipalSettings : ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;

    public int ReporterFeedbackDays { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public string ChangedById { get; set; } = string.Empty;

    public string ChangedByName { get; set; } = string.Empty;

    public string ChangedByRole { get; set; } = string.Empty;

    /// <summary>The catalogue's period for the day, shortened where the municipality has tightened it.</summary>
    public static RulePeriod FeedbackPeriod(MunicipalSettings? settings, DateOnly on) =>
        RuleCatalogue.Tightened(RuleIds.ReporterFeedback, on, settings is null ? null : RulePeriod.Days(settings.ReporterFeedbackDays));
}
