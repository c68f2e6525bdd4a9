using Placements.Domain.Placements;
using Platform.BuildingBlocks.Persistence;
using Platform.Contracts;
using Platform.Rules;

namespace Placements.Domain.FosterHomes;

/// <summary>
/// A foster home the municipality places children in, with its criminal-record checks: a municipal rule
/// (Alingsås) wants one every 12 months, counted from the last. Its people are not named here.
/// </summary>
internal sealed class FosterHome : ITenantOwned
{
    public Guid Id { get; set; }

    public string TenantId { get; set; } = string.Empty;

    public string? Unit { get; set; }

    /// <summary>The consultant company's organisation number, for a consultant-supported home.</summary>
    public string? ConsultantOrganisationNumber { get; set; }

    public DateOnly ApprovedOn { get; set; }

    public DateOnly LastRecordCheckOn { get; set; }

    public int Version { get; set; }

    public List<FosterHomeRecordCheck> RecordChecks { get; set; } = [];

    public Duty RecordCheckDuty(RulePeriod? municipalPeriod) =>
        new(DutyKind.FosterHomeRecordCheck, RuleIds.FosterHomeRecordCheck, Placement.NextDue(RuleIds.FosterHomeRecordCheck, LastRecordCheckOn, municipalPeriod));

    public FosterHomeRecordCheck RecordCheck(DateOnly checkedOn, bool remarks, Recorder recorder, RulePeriod? municipalPeriod, DateTimeOffset now)
    {
        var check = new FosterHomeRecordCheck
        {
            Id = Guid.CreateVersion7(now),
            TenantId = TenantId,
            FosterHomeId = Id,
            CheckedOn = checkedOn,
            DueAt = RecordCheckDuty(municipalPeriod).DueAt,
            Remarks = remarks,
            RecordedAt = now,
            RecordedByName = recorder.Name,
            RecordedByRole = recorder.Role,
        };
        RecordChecks.Add(check);
        if (checkedOn > LastRecordCheckOn)
        {
            LastRecordCheckOn = checkedOn;
        }

        Version++;
        return check;
    }
}
