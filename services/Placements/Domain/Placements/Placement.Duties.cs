using Platform.Contracts;
using Platform.Rules;

namespace Placements.Domain.Placements;

/// <summary>The placement's duties and their deadlines, all from the rule catalogue; a recorded duty counts the next from its day.</summary>
internal sealed partial class Placement
{
    /// <summary>What is due now, under the municipality's visit period where it has tightened it.</summary>
    public IEnumerable<Duty> OpenDuties(RulePeriod? visitPeriod)
    {
        if (Status == PlacementStatus.Started && StartedOn is { } startedOn)
        {
            var start = StockholmCalendar.StartOf(startedOn);
            if (CarePlanOn is null)
            {
                yield return new(DutyKind.CarePlan, RuleIds.CarePlan, RuleCatalogue.Due(RuleIds.CarePlan, start));
            }

            yield return Recurring(DutyKind.Review, RuleIds.PlacementReview, start, LastReviewOn, null);
            yield return Recurring(DutyKind.Visit, RuleIds.PlacementVisit, start, LastVisitOn, visitPeriod);
            if (IsFamilyHome)
            {
                yield return Recurring(DutyKind.CustodyTransferConsideration, RuleIds.CustodyTransferConsideration, start, LastCustodyConsiderationOn, null);
            }
        }

        if (Status == PlacementStatus.Ended && PostLvuFollowUpDueAt is { } due && PostLvuFollowUpEndedOn is null)
        {
            yield return new(DutyKind.PostLvuFollowUp, RuleIds.PostLvuFollowUp, due);
        }
    }

    public Duty? OpenDuty(DutyKind kind, RulePeriod? visitPeriod) => OpenDuties(visitPeriod).FirstOrDefault(d => d.Kind == kind);

    /// <summary>Records a duty done on a day; the next deadline of a recurring duty is counted from that day.</summary>
    public DutyRecord Record(Duty duty, DateOnly doneOn, Recorder recorder, DateTimeOffset now)
    {
        switch (duty.Kind)
        {
            case DutyKind.CarePlan: CarePlanOn = doneOn; break;
            case DutyKind.Review: LastReviewOn = doneOn; break;
            case DutyKind.Visit: LastVisitOn = doneOn; break;
            case DutyKind.CustodyTransferConsideration: LastCustodyConsiderationOn = doneOn; break;
            case DutyKind.PostLvuFollowUp: PostLvuFollowUpEndedOn = doneOn; break;
            default: throw new InvalidOperationException($"{duty.Kind} is not a duty of a placement.");
        }

        Changed(now);
        return new DutyRecord
        {
            Id = Guid.CreateVersion7(now),
            TenantId = TenantId,
            PlacementId = Id,
            Kind = duty.Kind,
            DoneOn = doneOn,
            DueAt = duty.DueAt,
            RecordedAt = now,
            RecordedById = recorder.Id,
            RecordedByName = recorder.Name,
            RecordedByRole = recorder.Role,
        };
    }

    /// <summary>When a recurring duty is next due after being done on a day.</summary>
    public static DateTimeOffset NextDue(string ruleId, DateOnly doneOn, RulePeriod? municipalPeriod = null) =>
        RuleCatalogue.DueAgain(ruleId, StockholmCalendar.StartOf(doneOn), municipalPeriod);

    private static Duty Recurring(DutyKind kind, string ruleId, DateTimeOffset start, DateOnly? lastDone, RulePeriod? municipalPeriod)
    {
        if (lastDone is { } done)
        {
            return new(kind, ruleId, NextDue(ruleId, done, municipalPeriod));
        }

        return new(kind, ruleId, municipalPeriod is null ? RuleCatalogue.Due(ruleId, start) : RuleCatalogue.Due(ruleId, start, municipalPeriod));
    }
}
