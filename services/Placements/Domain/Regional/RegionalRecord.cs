using Platform.BuildingBlocks.Persistence;
using Platform.Contracts.Intake;
using Platform.Contracts.Investigation;
using Platform.Contracts.Placements;

namespace Placements.Domain.Regional;

/// <summary>
/// A de-identified placement as the region holds it: the region's row (its tenant is the länskod), from
/// the sending municipality, under the key only that municipality can link back. The highest version wins.
/// </summary>
internal sealed class RegionalRecord : ITenantOwned
{
    public Guid Id { get; set; }

    /// <summary>The region's länskod.</summary>
    public string TenantId { get; set; } = string.Empty;

    public string MunicipalityCode { get; set; } = string.Empty;

    public string Key { get; set; } = string.Empty;

    public int Version { get; set; }

    public int? BirthYear { get; set; }

    public LegalGender Gender { get; set; }

    public PlacementType PlacementType { get; set; }

    public LegalBasis LegalBasis { get; set; }

    public string? ProviderOrganisationNumber { get; set; }

    /// <summary>The first day of the start month (only the month is known).</summary>
    public DateOnly StartMonth { get; set; }

    public DateOnly? EndMonth { get; set; }

    public PlacementEnding? Ending { get; set; }

    public PlacementEndReason? EndReason { get; set; }

    public decimal? PlanInPlace { get; set; }

    public decimal? SchoolOrOccupation { get; set; }

    public decimal? WellBeing { get; set; }

    public decimal? Safety { get; set; }

    public decimal? TreatmentByStaff { get; set; }

    public decimal? Participation { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public void Apply(ValidRegionalRecord record, DateTimeOffset now)
    {
        Version = record.Version;
        BirthYear = record.BirthYear;
        Gender = record.Gender;
        PlacementType = record.PlacementType;
        LegalBasis = record.LegalBasis;
        ProviderOrganisationNumber = record.ProviderOrganisationNumber;
        (StartMonth, EndMonth, Ending, EndReason) = (record.StartMonth, record.EndMonth, record.Ending, record.EndReason);
        var scores = record.Scores ?? new IndicatorScores();
        (PlanInPlace, SchoolOrOccupation, WellBeing) = (scores.PlanInPlace, scores.SchoolOrOccupation, scores.WellBeing);
        (Safety, TreatmentByStaff, Participation) = (scores.Safety, scores.TreatmentByStaff, scores.Participation);
        ReceivedAt = now;
    }
}
