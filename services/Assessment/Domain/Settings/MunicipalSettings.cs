using Platform.BuildingBlocks.Persistence;
using Platform.Contracts;
using Platform.Rules;
using Platform.ServiceDefaults.Authentication;

namespace Assessment.Domain.Settings;

/// <summary>
/// A municipality's own settings for this service: the reporter-feedback period is a municipal
/// rule, which the municipality may tighten (never loosen past the catalogue's period); and the roles
/// that see the texts of an assessment about a child with a protected identity.
/// </summary>
internal sealed class MunicipalSettings : ITenantOwned
{
    /// <summary>Who sees a protected child's assessment texts until the municipality names its own roles; the same as intake's default.</summary>
    public static readonly string[] DefaultProtectedIdentityRoles = [PlatformRoles.Teamledare, PlatformRoles.Enhetschef];

    public string TenantId { get; set; } = string.Empty;

    /// <summary>Null while the catalogue's period applies.</summary>
    public int? ReporterFeedbackDays { get; set; }

    /// <summary>Null while the default roles apply.</summary>
    public string[]? ProtectedIdentityRoles { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public string ChangedById { get; set; } = string.Empty;

    public string ChangedByName { get; set; } = string.Empty;

    public string ChangedByRole { get; set; } = string.Empty;

    /// <summary>The catalogue's period for the day, shortened where the municipality has tightened it.</summary>
    public static RulePeriod FeedbackPeriod(MunicipalSettings? settings, DateOnly on) =>
        RuleCatalogue.Tightened(RuleIds.ReporterFeedback, on, settings?.ReporterFeedbackDays is { } days ? RulePeriod.Days(days) : null);

    /// <summary>The roles that see a protected child's assessment texts in this municipality.</summary>
    public static IReadOnlyList<string> ProtectedReaders(MunicipalSettings? settings) => settings?.ProtectedIdentityRoles ?? DefaultProtectedIdentityRoles;
}
