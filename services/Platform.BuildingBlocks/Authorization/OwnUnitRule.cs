using Microsoft.AspNetCore.Http;
using Platform.BuildingBlocks.AccessLog;
using Platform.ServiceDefaults.Problems;

namespace Platform.BuildingBlocks.Authorization;

/// <summary>
/// Staff work on their own unit's cases (DOMAIN.md §4). Another unit's case needs a reason, stated as
/// <c>?reason=</c> (a query parameter: reasons are Swedish text, and headers are ASCII). The access log
/// keeps it and the log review flags the entry; without one the answer is a 403 naming
/// <see cref="AccessRules.OwnUnit"/>. Which cases are the caller's own work the service decides.
/// </summary>
public sealed class OwnUnitRule(IHttpContextAccessor http, AccessLogWriter log)
{
    public const string ReasonParameter = "reason";

    /// <summary>Null when the caller may go on (with the reason kept for the log when one was needed); otherwise the 400 or 403.</summary>
    public IResult? Check(bool ownWork)
    {
        if (ownWork)
        {
            return null;
        }

        var errors = new ValidationErrors();
        var reason = TextFields.Optional(http.HttpContext?.Request.Query[ReasonParameter], ReasonParameter, errors, AccessLogWriter.MaxReasonLength);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        if (reason is null)
        {
            return Problems.Forbidden(AccessRules.OwnUnit,
                $"The case belongs to another unit. State why you need it (?{ReasonParameter}=…, at most {AccessLogWriter.MaxReasonLength} characters); the access is logged with the reason and flagged for the log review.");
        }

        log.OutsideUnitReason = reason;
        return null;
    }
}
