using Placements.Domain.Placements;
using Placements.Features.GetPlacement;
using Platform.Rules;

namespace Placements.Features.Shared;

/// <summary>How a duty is shown wherever it is listed: the deadline, its last day, and overdue marked in words.</summary>
internal static class DutyViews
{
    public static DutyView View(this Duty duty, DateTimeOffset now)
    {
        var lastDay = StockholmCalendar.LastDayBefore(duty.DueAt);
        var overdue = RuleCatalogue.IsOverdue(duty.DueAt, now);
        var daysLeft = lastDay.DayNumber - StockholmCalendar.LocalDate(now).DayNumber;
        var status = overdue
            ? $"Overdue: the last day was {lastDay:yyyy-MM-dd} ({-daysLeft} days ago)."
            : daysLeft == 0 ? "Due today." : $"Due by {lastDay:yyyy-MM-dd} ({daysLeft} days left).";
        var reference = RuleCatalogue.Reference(duty.RuleId, StockholmCalendar.LocalDate(now));
        return new DutyView(duty.Kind, duty.RuleId, reference.Display, duty.DueAt, lastDay, overdue, status);
    }
}
