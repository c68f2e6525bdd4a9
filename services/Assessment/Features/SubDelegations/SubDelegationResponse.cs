using Platform.BuildingBlocks.Delegation;
using Platform.Contracts.Delegation;
using Platform.Rules;

namespace Assessment.Features.SubDelegations;

internal sealed record SubDelegationResponse(
    Guid SubDelegationId,
    DecisionType Decision,
    string DelegateRole,
    string? DelegateUserId,
    string? DelegateName,
    DateOnly ValidFrom,
    DateOnly ValidTo,
    string DecisionReference,
    DateOnly DecidedOn,
    DateOnly? ReportedToCommitteeOn,
    bool InForceToday,
    DateTimeOffset CreatedAt,
    string CreatedByName,
    DateTimeOffset? RevokedAt,
    string? RevokedByName)
{
    public static SubDelegationResponse From(SubDelegation s, DateTimeOffset now) => new(
        s.Id, s.Decision, s.DelegateRole, s.DelegateUserId, s.DelegateName, s.ValidFrom, s.ValidTo, s.DecisionReference,
        s.DecidedOn, s.ReportedToCommitteeOn, s.IsInForce(StockholmCalendar.LocalDate(now), now), s.CreatedAt, s.CreatedByName,
        s.RevokedAt, s.RevokedByName);
}
