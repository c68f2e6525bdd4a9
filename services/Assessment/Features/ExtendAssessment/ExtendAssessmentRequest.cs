using Assessment.Features.Shared;
using Platform.Rules;
using Platform.ServiceDefaults.Problems;

namespace Assessment.Features.ExtendAssessment;

/// <summary>The body of <c>POST /api/assessment/assessments/{id}/extensions</c>: the new last day and the synnerliga skäl.</summary>
internal sealed record ExtendAssessmentRequest(DateOnly? NewDueDate, string? Reason)
{
    /// <summary>The new deadline (the end of the chosen local day) and the reason, or null after adding errors.</summary>
    public (DateTimeOffset NewDueAt, string Reason)? Validate(DateTimeOffset currentDueAt, ValidationErrors errors)
    {
        var reason = TextRules.Required(Reason, "reason", errors);
        DateTimeOffset? newDueAt = NewDueDate is { } date ? StockholmCalendar.EndOf(date) : null;
        if (newDueAt is null)
        {
            errors.Add("newDueDate", "Required: the new last day, yyyy-MM-dd.");
        }
        else if (newDueAt <= currentDueAt)
        {
            errors.Add("newDueDate", $"Must be later than the deadline in force (the last day {StockholmCalendar.LastDayBefore(currentDueAt):yyyy-MM-dd}).");
        }

        return errors.IsValid ? (newDueAt!.Value, reason!) : null;
    }
}
