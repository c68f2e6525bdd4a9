using Assessment.Data;
using Assessment.Domain.Assessments;
using Platform.BuildingBlocks.Authorization;
using Platform.BuildingBlocks.Delegation;
using Platform.Contracts.Delegation;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Assessment.Features.Shared;

/// <summary>A valid request on an open assessment whose decider the delegation order (or the committee itself) allows.</summary>
internal sealed record DelegatedChange<TValid>(InitialAssessment Assessment, TValid Request, Decider Decider, DelegationVerdict Verdict, DateTimeOffset Now);

/// <summary>
/// The checks a decision starts with, in the order a caller can act on them: exists (404), still open
/// (409), valid (400), within the delegation and qualified (403 naming the rule; a delegation refusal also
/// publishes DecisionRefused), and a delegation order in force at all (409). A committee decision is
/// entered by the secretary and needs no delegation.
/// </summary>
internal static class DelegatedChanges
{
    public static async Task<(DelegatedChange<TValid>? Change, IResult? Problem)> PrepareDelegatedAsync<TRequest, TValid>(
        this AssessmentDbContext db,
        Guid id,
        HttpRequest http,
        CurrentUser user,
        TimeProvider time,
        Func<TRequest, InitialAssessment, ValidationErrors, TValid?> validate,
        Func<TValid, DecisionType> decisionOf,
        CancellationToken cancellationToken,
        Func<TValid, CommitteeDecision?>? committeeOf = null)
        where TRequest : class
        where TValid : class
    {
        var (assessment, problem) = await AssessmentWork.Cases.LoadOpenAsync(db, id, cancellationToken);
        if (problem is not null)
        {
            return (null, problem);
        }

        var errors = new ValidationErrors();
        var request = await JsonRequestBody.ReadAsync<TRequest>(http, errors, cancellationToken);
        if (request is null || validate(request, assessment!, errors) is not { } valid)
        {
            return (null, errors.ToProblem());
        }

        var now = time.GetUtcNow();
        var decider = user.AsDecider();
        var decision = decisionOf(valid);
        var verdict = await VerdictAsync(db, user, decider, decision, committeeOf?.Invoke(valid), committeeOf is not null, now, cancellationToken);
        if (!verdict.Allowed)
        {
            var decisionCase = new DecisionCase(DecisionCaseKind.Assessment, assessment!.Id, assessment.TenantId, assessment.Unit);
            return (null, await db.RefuseAsync(verdict, decisionCase, decision, user, now, cancellationToken));
        }

        // The committee decided; the secretary who entered the decision is named beside the committee's role.
        var decidedBy = verdict.Committee is null ? decider : decider with { Role = PlatformRoles.Namnd };
        return (new DelegatedChange<TValid>(assessment!, valid, decidedBy, verdict, now), null);
    }

    private static async Task<DelegationVerdict> VerdictAsync(
        AssessmentDbContext db, CurrentUser user, Decider decider, DecisionType decision, CommitteeDecision? committee, bool committeeMayDecide,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The committee decides at its meetings, entered by its secretary; it holds no delegation.
        if (committeeMayDecide && (committee is not null || user.IsInRole(CaseworkAccess.CommitteeEntryRoles)))
        {
            return committee is not null && user.IsInRole(PlatformRoles.Namndsekreterare)
                ? DelegationVerdict.ByCommittee(committee)
                : DelegationVerdict.Refused(AccessRules.CommitteeDecisions,
                    "The committee's decisions are entered by the committee secretary (namndsekreterare) with the meeting date and protocol paragraph, " +
                    "or as the chair's urgent decision: send them as committee.");
        }

        return await db.CheckDelegationAsync(decision, decider, now, cancellationToken);
    }
}
