using Microsoft.Extensions.Primitives;
using Platform.BuildingBlocks.AccessLog;
using Platform.BuildingBlocks.Authorization;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Intake.Access;

/// <summary>
/// Staff read and work on the cases of their own unit (DOMAIN.md §4). Another unit's case needs a
/// reason, sent in the <c>Access-Reason</c> header, which the access log keeps and the log review
/// flags. Staff without a unit in their token (a reception serving every unit) and cases without a
/// unit are not bound by it.
/// </summary>
internal sealed class UnitAccess(CurrentUser user, IHttpContextAccessor http, AccessLogWriter log)
{
    public const string ReasonHeader = "Access-Reason";

    private const int MaxReasonLength = 500;

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

        var header = http.HttpContext?.Request.Headers[ReasonHeader] ?? StringValues.Empty;
        var reason = header.ToString().Trim();
        if (reason.Length is > 0 and <= MaxReasonLength)
        {
            log.OutsideUnitReason = reason;
            return null;
        }

        return Problems.Forbidden(AccessRules.OtherUnit,
            $"The case belongs to another unit. State why you need it in the {ReasonHeader} header (at most {MaxReasonLength} characters); the access is logged with the reason and flagged in the log review.");
    }
}
