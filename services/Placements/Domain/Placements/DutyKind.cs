namespace Placements.Domain.Placements;

/// <summary>The duties of a placement that the rule catalogue gives deadlines (DOMAIN.md §2.4, §5).</summary>
internal enum DutyKind
{
    CarePlan,
    Review,
    Visit,
    CustodyTransferConsideration,
    PostLvuFollowUp,
    FosterHomeRecordCheck,
}
