using Platform.Contracts.Intake;
using Platform.Contracts.Investigation;
using Platform.Contracts.Placements;

namespace Placements.Domain.Regional;

/// <summary>A checked regional record: the sending municipality, its region, and the fields the region keeps.</summary>
internal sealed record ValidRegionalRecord(
    string MunicipalityCode,
    string Region,
    string Key,
    int Version,
    int? BirthYear,
    LegalGender Gender,
    PlacementType PlacementType,
    LegalBasis LegalBasis,
    string? ProviderOrganisationNumber,
    DateOnly StartMonth,
    DateOnly? EndMonth,
    PlacementEnding? Ending,
    PlacementEndReason? EndReason,
    IndicatorScores? Scores);
