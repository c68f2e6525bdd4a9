using Platform.Contracts;
using Platform.Contracts.Investigation;
using Platform.Rules;

namespace Investigation.Domain.Investigations;

internal sealed partial class ChildInvestigation
{
    /// <summary>
    /// A new investigation within this many days of closing the last one about the same child is flagged
    /// for the unit manager: a chain of short investigations is an audit finding, not a deadline.
    /// </summary>
    public const int ChainedWithinDays = 30;

    /// <summary>Opens an investigation about the child of the first report; due at the end of the local day four months on.</summary>
    public static ChildInvestigation Open(
        ReportRecord first, InvestigationOrigin origin, Guid? assessmentId, string? unit, bool violenceConcern,
        DateTimeOffset openedAt, ChildInvestigation? lastClosed)
    {
        var due = RuleCatalogue.Due(RuleIds.Investigation, openedAt);
        var chained = lastClosed?.ClosedAt is { } closed
            && StockholmCalendar.LocalDate(openedAt) <= StockholmCalendar.LocalDate(closed).AddDays(ChainedWithinDays);
        var investigation = new ChildInvestigation
        {
            Id = Guid.CreateVersion7(openedAt),
            TenantId = first.TenantId,
            ChildId = first.ChildId,
            ChildGender = first.ChildGender,
            ChildBirthYearMonth = first.ChildBirthYearMonth,
            Unit = unit ?? first.Unit,
            Origin = origin,
            AssessmentId = assessmentId,
            Status = InvestigationStatus.Open,
            OpenedAt = openedAt,
            StatutoryDueAt = due,
            DueAt = due,
            HasViolenceConcern = violenceConcern,
            ChainedInvestigation = chained,
            PreviousInvestigationId = chained ? lastClosed!.Id : null,
        };
        investigation.Attach(first, openedAt);
        return investigation;
    }

    /// <summary>Adds a report about the child; what it says about violence, protection and the child joins what is known.</summary>
    public void Attach(ReportRecord report, DateTimeOffset now)
    {
        if (report.InvestigationId == Id)
        {
            return;
        }

        report.InvestigationId = Id;
        report.AttachedAt = now;
        Reports.Add(report);
        HasViolenceConcern |= report.HasViolenceConcern;
        IsProtectedIdentity |= report.IsProtectedIdentity;
        if (ChildBirthYearMonth is null && report.ChildBirthYearMonth is not null)
        {
            (ChildGender, ChildBirthYearMonth) = (report.ChildGender, report.ChildBirthYearMonth);
        }

        Version++;
    }

    public LegalReference Reference() => RuleCatalogue.Reference(RuleIds.Investigation, StockholmCalendar.LocalDate(OpenedAt));
}
