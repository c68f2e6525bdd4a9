using Platform.Rules;
using Platform.ServiceDefaults.Problems;

namespace Investigation.Features.ExtendInvestigation;

/// <summary>A checked extension: the new deadline (the end of the chosen local day) and the särskilda skäl.</summary>
internal sealed record ValidExtension(DateTimeOffset NewDueAt, string Reason);

/// <summary>The checks on <see cref="ExtendInvestigationRequest"/>: each error names its field, and nothing is written unless all pass.</summary>
internal static class ExtendInvestigationValidation
{
    public static ValidExtension? Validate(ExtendInvestigationRequest request, DateTimeOffset currentDueAt, ValidationErrors errors)
    {
        var reason = TextFields.Required(request.Reason, "reason", errors);
        DateTimeOffset? newDueAt = request.NewDueDate is { } date ? StockholmCalendar.EndOf(date) : null;
        if (newDueAt is null)
        {
            errors.Add("newDueDate", "Required: the new last day, yyyy-MM-dd (an extension is for a stated time).");
        }
        else if (newDueAt <= currentDueAt)
        {
            errors.Add("newDueDate", $"Must be later than the deadline in force (the last day {StockholmCalendar.LastDayBefore(currentDueAt):yyyy-MM-dd}).");
        }

        return errors.IsValid ? new ValidExtension(newDueAt!.Value, reason!) : null;
    }
}
