using Microsoft.Extensions.Primitives;
using Platform.BuildingBlocks.AccessLog;
using Platform.BuildingBlocks.Authorization;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Intake.Access;

/// <summary>
/// Staff read and work on the cases of their own unit (DOMAIN.md §4). Another unit's case needs a
/// reason, sent as <c>?reason=</c> as assessment takes it, which the access log keeps and the log
/// review flags. Staff without a unit in their token (the reception, which serves every unit before a
/// case is assigned) and cases without a unit are not bound by it.
/// </summary>
internal sealed class UnitAccess(CurrentUser user, IHttpContextAccessor http, AccessLogWriter log)
{
    public const string ReasonParameter = "reason";

    /// <summary>Whether the case's unit is outside the caller's unit.</summary>
    public bool IsOutside(string? caseUnit) =>
        user.Unit is { } own && caseUnit is not null && !string.Equals(own, caseUnit, StringComparison.Ordinal);

    /// <summary>Null when the caller may reach the case (the access log then keeps the reason, if one was needed); otherwise the 403.</summary>
    public IResult? Refusal(string? caseUnit)
    {
        if (!IsOutside(caseUnit))
        {
            return null;
        }

        var reason = (http.HttpContext?.Request.Query[ReasonParameter] ?? StringValues.Empty).ToString().Trim();
        if (reason.Length is > 0 and <= AccessLogWriter.MaxReasonLength)
        {
            log.OutsideUnitReason = reason;
            return null;
        }

        return Problems.Forbidden(AccessRules.OwnUnit,
            $"The case belongs to another unit. State why you need it (?{ReasonParameter}=…, at most {AccessLogWriter.MaxReasonLength} characters); the access is logged with the reason and flagged for the log review.");
    }
}
