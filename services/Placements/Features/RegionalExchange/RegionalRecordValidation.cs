using System.Globalization;
using Placements.Domain.Placements;
using Placements.Domain.Regional;
using Platform.Contracts.Placements;
using Platform.Contracts.Tenancy;
using Platform.ServiceDefaults.Problems;

namespace Placements.Features.RegionalExchange;

/// <summary>
/// The checks on a regional record however it arrives (the broker, HTTP, a Dapr sidecar): a municipality
/// as sender, a key of 64 hex digits, a positive version, months as <c>yyyy-MM</c>, a valid organisation
/// number, scores 1–5. The record's fields are all categories, numbers and months: there is no free text to refuse.
/// </summary>
internal static class RegionalRecordValidation
{
    public static ValidRegionalRecord? Validate(RegionalPlacementRecord record, ValidationErrors errors)
    {
        var sender = TenantId.TryParse(record.TenantId, out var tenant) && tenant.Kind == TenantKind.Municipality ? tenant : (TenantId?)null;
        errors.Require(sender is not null, "tenantId", "The sending municipality's four-digit kommunkod.");
        errors.Require(record.Key is { Length: 64 } key && key.All(char.IsAsciiHexDigitLower), "key", "The pseudonymous key: 64 lower-case hex digits.");
        errors.Require(record.Version > 0, "version", "A positive version.");
        errors.Require(record.BirthYear is null or (>= 1990 and <= 2100), "birthYear", "A birth year, or null.");
        var provider = OrganisationNumber.Normalise(record.ProviderOrganisationNumber);
        errors.Require(record.ProviderOrganisationNumber is null || provider is not null, "providerOrganisationNumber", "Not a valid Swedish organisation number.");
        var start = Month(record.StartMonth, "startMonth", errors, required: true);
        var end = Month(record.EndMonth, "endMonth", errors, required: false);
        errors.Require(end is null || start is null || end >= start, "endMonth", "Not before the start month.");
        errors.Require((end is null) == (record.Ending is null) && (record.Ending is null) == (record.EndReason is null), "ending",
            "An ended placement has an end month, an ending and a reason; one going on has none of them.");
        foreach (var (name, score) in Scores(record.Scores))
        {
            errors.Require(score is null or (>= 1 and <= 5), "scores." + name, "A score between 1 and 5, or null.");
        }

        return errors.IsValid
            ? new ValidRegionalRecord(sender!.Value.Value, sender.Value.County, record.Key!, record.Version, record.BirthYear, record.Gender,
                record.PlacementType, record.LegalBasis, provider, start!.Value, end, record.Ending, record.EndReason, record.Scores)
            : null;
    }

    private static DateOnly? Month(string? text, string field, ValidationErrors errors, bool required)
    {
        if (text is null && !required)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return month;
        }

        errors.Add(field, "A month, yyyy-MM.");
        return null;
    }

    private static IEnumerable<(string, decimal?)> Scores(IndicatorScores? scores) => scores is null ? [] :
    [
        ("planInPlace", scores.PlanInPlace), ("schoolOrOccupation", scores.SchoolOrOccupation), ("wellBeing", scores.WellBeing),
        ("safety", scores.Safety), ("treatmentByStaff", scores.TreatmentByStaff), ("participation", scores.Participation),
    ];
}
