using Microsoft.AspNetCore.Http;
using Platform.BuildingBlocks.Authorization;
using Platform.BuildingBlocks.Messaging;
using Platform.BuildingBlocks.Persistence;
using Platform.Contracts.Delegation;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Platform.BuildingBlocks.Delegation;

/// <summary>
/// The answer to a decision the verdict refuses: 409 without an order in force, otherwise 403 naming the rule.
/// A refusal by the delegation order or the committee rule is also published as <see cref="DecisionRefused"/>,
/// for the quality service's deviation (issue 15); the missing order and the qualification rule are not
/// delegation refusals, so they publish nothing.
/// </summary>
public static class DecisionRefusals
{
    public static bool IsOutsideDelegation(DelegationVerdict verdict) =>
        verdict is { Allowed: false, OrderMissing: false, RefusedBy: { } rule } && rule != AccessRules.QualifiedStaff;

    public static async Task<IResult> RefuseAsync(
        this MessagingDbContext db, DelegationVerdict verdict, DecisionCase decisionCase, DecisionType decision, CurrentUser user, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (verdict.OrderMissing)
        {
            return Problems.Conflict(verdict.Detail!);
        }

        if (IsOutsideDelegation(verdict))
        {
            // The refused request changes nothing, not even the access log of the write it did not make: only the event is saved.
            db.ChangeTracker.Clear();
            db.AddEvent(Refused(verdict, decisionCase, decision, user, now));
            if (await db.SaveOrConflictAsync(cancellationToken) is { } conflict)
            {
                return conflict;
            }
        }

        return Problems.Forbidden(verdict.RefusedBy!, verdict.Detail!);
    }

    private static DecisionRefused Refused(DelegationVerdict verdict, DecisionCase decisionCase, DecisionType decision, CurrentUser user, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        TenantId = decisionCase.TenantId,
        OccurredAt = now,
        CaseKind = decisionCase.Kind,
        CaseId = decisionCase.Id,
        Unit = decisionCase.Unit,
        Decision = decision,
        RefusedBy = verdict.RefusedBy!,
        DeciderRole = user.Role,
        DeciderUnit = user.Unit,
    };
}
