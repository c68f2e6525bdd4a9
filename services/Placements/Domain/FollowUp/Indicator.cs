namespace Placements.Domain.FollowUp;

/// <summary>The follow-up indicators of DOMAIN.md §2.4.</summary>
internal enum Indicator
{
    PlanInPlace,
    SchoolOrOccupation,
    WellBeing,
    Safety,
    TreatmentByStaff,
    Participation,
}
