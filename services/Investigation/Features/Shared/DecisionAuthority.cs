using Investigation.Data;
using Platform.BuildingBlocks.Authorization;
using Platform.BuildingBlocks.Delegation;
using Platform.Contracts.Delegation;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Investigation.Features.Shared;

/// <summary>
/// Who may take the decisions of an investigation (DOMAIN.md §3): the committee's own decisions
/// (<see cref="DecisionTypes.CommitteeOnly"/>) only as entered by its secretary, with the meeting or as
/// the chair's urgent decision; every other decision under the municipality's delegation order in force.
/// The one seam between this service and the delegation order.
/// </summary>
internal sealed class DecisionAuthority(InvestigationDbContext db, CurrentUser user, TimeProvider time)
{
    /// <summary>The verdict on the caller taking every one of the decisions, or the problem a caller can act on (403 naming the rule, 409 without an order).</summary>
    public async Task<(Decider Decider, DelegationVerdict? Verdict, IResult? Problem)> DecideAsync(
        IReadOnlyCollection<DecisionType> decisions, CommitteeDecision? committee, bool committeeMayDecide, CancellationToken cancellationToken)
    {
        var decider = user.AsDecider();
        var verdict = await VerdictAsync(decisions, committee, committeeMayDecide, decider, cancellationToken);
        // The committee decided; the secretary who entered the decision is named beside the committee's role.
        var decidedBy = verdict.Committee is null ? decider : decider with { Role = PlatformRoles.Namnd };
        return verdict switch
        {
            { Allowed: true } => (decidedBy, verdict, null),
            { OrderMissing: true } => (decidedBy, null, Problems.Conflict(verdict.Detail!)),
            _ => (decidedBy, null, Problems.Forbidden(verdict.RefusedBy!, verdict.Detail!)),
        };
    }

    private async Task<DelegationVerdict> VerdictAsync(
        IReadOnlyCollection<DecisionType> decisions, CommitteeDecision? committee, bool committeeMayDecide, Decider decider, CancellationToken cancellationToken)
    {
        var committeeOnly = decisions.Where(DecisionTypes.CommitteeOnly.Contains).ToList();
        if (committeeMayDecide && (committee is not null || committeeOnly.Count > 0 || user.IsInRole(CaseworkAccess.CommitteeEntryRoles)))
        {
            return committee is not null && user.IsInRole(PlatformRoles.Namndsekreterare)
                ? DelegationVerdict.ByCommittee(committee)
                : DelegationVerdict.Refused(AccessRules.CommitteeDecisions,
                    (committeeOnly.Count > 0 ? $"{string.Join(", ", committeeOnly.Select(KebabEnum.Name))} is the committee's decision, never an official's. " : string.Empty) +
                    "The committee's decisions are entered by the committee secretary (namndsekreterare) with the meeting date and protocol paragraph, " +
                    "or as the chair's urgent decision: send them as committee.");
        }

        // Every decision of the request must be allowed; the first names the basis recorded.
        DelegationVerdict? allowed = null;
        foreach (var decision in decisions)
        {
            var verdict = await DelegatedAsync(decision, decider, cancellationToken);
            if (!verdict.Allowed)
            {
                return verdict;
            }

            allowed ??= verdict;
        }

        return allowed!;
    }

    /// <summary>The order and sub-delegations as assessment recorded them, kept here from their events; without an order in force, nothing delegated is decided.</summary>
    private Task<DelegationVerdict> DelegatedAsync(DecisionType decision, Decider decider, CancellationToken cancellationToken) =>
        db.CheckDelegationAsync(decision, decider, time.GetUtcNow(), cancellationToken);
}
