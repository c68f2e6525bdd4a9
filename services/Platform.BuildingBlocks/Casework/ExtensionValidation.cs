using Platform.Rules;
using Platform.ServiceDefaults.Problems;

namespace Platform.BuildingBlocks.Casework;

/// <summary>A checked extension: the new deadline (the end of the chosen local day) and its reason.</summary>
public sealed record ValidExtension(DateTimeOffset NewDueAt, string Reason);

/// <summary>The checks on a request to extend a deadline: each error names its field, and nothing is written unless all pass.</summary>
public static class ExtensionValidation
{
    /// <param name="newDueDate">The request's <c>newDueDate</c>.</param>
    /// <param name="reason">The request's <c>reason</c>.</param>
    /// <param name="currentDueAt">The deadline in force, which the new one must pass.</param>
    /// <param name="errors">Where each error is added under its field.</param>
    /// <param name="requiredNote">What a missing new day is told besides its format, e.g. <c> (an extension is for a stated time)</c>.</param>
    public static ValidExtension? Validate(DateOnly? newDueDate, string? reason, DateTimeOffset currentDueAt, ValidationErrors errors, string requiredNote = "")
    {
        var checkedReason = TextFields.Required(reason, "reason", errors);
        DateTimeOffset? newDueAt = newDueDate is { } date ? StockholmCalendar.EndOf(date) : null;
        if (newDueAt is null)
        {
            errors.Add("newDueDate", $"Required: the new last day, yyyy-MM-dd{requiredNote}.");
        }
        else if (newDueAt <= currentDueAt)
        {
            errors.Add("newDueDate", $"Must be later than the deadline in force (the last day {StockholmCalendar.LastDayBefore(currentDueAt):yyyy-MM-dd}).");
        }

        return errors.IsValid ? new ValidExtension(newDueAt!.Value, checkedReason!) : null;
    }
}
