using Investigation.Data;
using Investigation.Domain.Investigations;
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
    /// <summary>
    /// The verdict on the caller taking every one of the decisions on the investigation, or the problem a caller can act on
    /// (403 naming the rule, a delegation refusal published as DecisionRefused; 409 without an order).
    /// </summary>
    public async Task<(Decider Decider, DelegationVerdict? Verdict, IResult? Problem)> DecideAsync(
        ChildInvestigation investigation, IReadOnlyCollection<DecisionType> decisions, CommitteeDecision? committee, bool committeeMayDecide,
        CancellationToken cancellationToken)
    {
        var decider = user.AsDecider();
        var (verdict, decision) = await VerdictAsync(decisions, committee, committeeMayDecide, decider, cancellationToken);
        // The committee decided; the secretary who entered the decision is named beside the committee's role.
        var decidedBy = verdict.Committee is null ? decider : decider with { Role = PlatformRoles.Namnd };
        if (verdict.Allowed)
        {
            return (decidedBy, verdict, null);
        }

        var decisionCase = new DecisionCase(DecisionCaseKind.Investigation, investigation.Id, investigation.TenantId, investigation.Unit);
        return (decidedBy, null, await db.RefuseAsync(verdict, decisionCase, decision, user, time.GetUtcNow(), cancellationToken));
    }

    /// <summary>The verdict, with the decision it is about: the refused one, or the first of those allowed.</summary>
    private async Task<(DelegationVerdict Verdict, DecisionType Decision)> VerdictAsync(
        IReadOnlyCollection<DecisionType> decisions, CommitteeDecision? committee, bool committeeMayDecide, Decider decider, CancellationToken cancellationToken)
    {
        var committeeOnly = decisions.Where(DecisionTypes.CommitteeOnly.Contains).ToList();
        if (committeeMayDecide && (committee is not null || committeeOnly.Count > 0 || user.IsInRole(CaseworkAccess.CommitteeEntryRoles)))
        {
            var first = committeeOnly.Count > 0 ? committeeOnly[0] : decisions.First();
            return (committee is not null && user.IsInRole(PlatformRoles.Namndsekreterare)
                ? DelegationVerdict.ByCommittee(committee)
                : DelegationVerdict.Refused(AccessRules.CommitteeDecisions,
                    (committeeOnly.Count > 0 ? $"{string.Join(", ", committeeOnly.Select(KebabEnum.Name))} is the committee's decision, never an official's. " : string.Empty) +
                    "The committee's decisions are entered by the committee secretary (namndsekreterare) with the meeting date and protocol paragraph, " +
                    "or as the chair's urgent decision: send them as committee."), first);
        }

        // Every decision of the request must be allowed; the first names the basis recorded.
        DelegationVerdict? allowed = null;
        foreach (var decision in decisions)
        {
            var verdict = await DelegatedAsync(decision, decider, cancellationToken);
            if (!verdict.Allowed)
            {
                return (verdict, decision);
            }

            allowed ??= verdict;
        }

        return (allowed!, decisions.First());
    }

    /// <summary>The order and sub-delegations as assessment recorded them, kept here from their events; without an order in force, nothing delegated is decided.</summary>
    private Task<DelegationVerdict> DelegatedAsync(DecisionType decision, Decider decider, CancellationToken cancellationToken) =>
        db.CheckDelegationAsync(decision, decider, time.GetUtcNow(), cancellationToken);
}
