using Platform.BuildingBlocks.Persistence;
using Platform.Contracts.Intake;
using Platform.Contracts.Investigation;
using Platform.Contracts.Placements;

namespace Placements.Domain.Placements;

/// <summary>
/// A placement outside the home: decided by the investigation, started here on a recorded day, followed
/// by its recurring duties, and ended as planned or in a breakdown. <see cref="Version"/> rises with
/// every change; it is also the version of the de-identified record the region receives.
/// </summary>
internal sealed partial class Placement : ITenantOwned
{
    public Guid Id { get; set; }

    public string TenantId { get; set; } = string.Empty;

    public Guid InterventionId { get; set; }

    public Guid InvestigationId { get; set; }

    public Guid ChildId { get; set; }

    public string? Unit { get; set; }

    public PlacementType Type { get; set; }

    public LegalBasis LegalBasis { get; set; }

    public bool LongTermCare { get; set; }

    public LegalGender ChildGender { get; set; }

    /// <summary><c>yyyy-MM</c>, when known.</summary>
    public string? ChildBirthYearMonth { get; set; }

    public DateTimeOffset DecidedAt { get; set; }

    public PlacementStatus Status { get; set; }

    public string? ProviderOrganisationNumber { get; set; }

    public Guid? FosterHomeId { get; set; }

    public decimal? CostPerDay { get; set; }

    public DateOnly? StartedOn { get; set; }

    public DateOnly? CarePlanOn { get; set; }

    public DateOnly? LastReviewOn { get; set; }

    public DateOnly? LastVisitOn { get; set; }

    public DateOnly? LastCustodyConsiderationOn { get; set; }

    public DateOnly? EndedOn { get; set; }

    public PlacementEnding? Ending { get; set; }

    public PlacementEndReason? EndReason { get; set; }

    public DateTimeOffset? PostLvuFollowUpDueAt { get; set; }

    public DateOnly? PostLvuFollowUpEndedOn { get; set; }

    public int Version { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>A placement in a family home, where custody transfer is to be considered (6 kap. 8 § SoL).</summary>
    public bool IsFamilyHome => Type is PlacementType.FosterHomeOwn or PlacementType.FosterHomeConsultant or PlacementType.NetworkHome;

    /// <summary>The review the committee owes under the legal basis.</summary>
    public ReviewKind ReviewKind => LegalBasis switch
    {
        LegalBasis.Lvu2 => ReviewKind.LvuConsideration,
        LegalBasis.Lvu3 => ReviewKind.LvuReexamination,
        _ => ReviewKind.SolConsideration,
    };

    public int? ChildBirthYear => ChildBirthYearMonth is { Length: >= 4 } text && int.TryParse(text[..4], out var year) ? year : null;

    public static Placement Decided(PlacementDecided decided) => new()
    {
        Id = Guid.CreateVersion7(decided.OccurredAt),
        TenantId = decided.TenantId,
        InterventionId = decided.InterventionId,
        InvestigationId = decided.InvestigationId,
        ChildId = decided.ChildId,
        Unit = decided.Unit,
        Type = decided.PlacementType,
        LegalBasis = decided.LegalBasis,
        LongTermCare = decided.LongTermCare,
        ChildGender = decided.ChildGender,
        ChildBirthYearMonth = decided.ChildBirthYearMonth,
        DecidedAt = decided.DecidedAt.ToUniversalTime(),
        Status = PlacementStatus.Decided,
        ProviderOrganisationNumber = OrganisationNumber.Normalise(decided.ProviderOrganisationNumber),
        FosterHomeId = decided.FosterHomeId,
        Version = 1,
        ChangedAt = decided.OccurredAt.ToUniversalTime(),
    };

    public void Start(DateOnly startedOn, PlacementHome home, DateTimeOffset now)
    {
        Status = PlacementStatus.Started;
        StartedOn = startedOn;
        (ProviderOrganisationNumber, FosterHomeId, CostPerDay) = (home.ProviderOrganisationNumber, home.FosterHomeId, home.CostPerDay);
        Changed(now);
    }

    /// <summary>The next placement of the same decision in another home: a move is an end and a start.</summary>
    public Placement MovedTo(DateOnly startedOn, PlacementHome home, PlacementType type, DateTimeOffset now)
    {
        var next = new Placement
        {
            Id = Guid.CreateVersion7(now),
            TenantId = TenantId,
            InterventionId = InterventionId,
            InvestigationId = InvestigationId,
            ChildId = ChildId,
            Unit = Unit,
            Type = type,
            LegalBasis = LegalBasis,
            LongTermCare = LongTermCare,
            ChildGender = ChildGender,
            ChildBirthYearMonth = ChildBirthYearMonth,
            DecidedAt = DecidedAt,
            Status = PlacementStatus.Decided,
            Version = 0,
        };
        next.Start(startedOn, home, now);
        return next;
    }

    public void End(DateOnly endedOn, PlacementEnding ending, PlacementEndReason reason, DateTimeOffset now)
    {
        Status = PlacementStatus.Ended;
        (EndedOn, Ending, EndReason) = (endedOn, ending, reason);
        // A move to another placement continues the care: only its real end starts the follow-up.
        PostLvuFollowUpDueAt = LegalBasis is LegalBasis.Lvu2 or LegalBasis.Lvu3 && reason != PlacementEndReason.MovedToAnotherPlacement && WasUnder18On(endedOn)
            ? Platform.Rules.RuleCatalogue.Due(Platform.Contracts.RuleIds.PostLvuFollowUp, Platform.Rules.StockholmCalendar.StartOf(endedOn))
            : null;
        Changed(now);
    }

    public void Changed(DateTimeOffset now)
    {
        Version++;
        ChangedAt = now;
    }

    /// <summary>Under 18 on the day, or possibly so: the birth day within the month is not known here, so the month's last day counts.</summary>
    private bool WasUnder18On(DateOnly day)
    {
        if (ChildBirthYearMonth is not { } text || !DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", out var firstOfMonth))
        {
            return true;
        }

        return day < firstOfMonth.AddMonths(1).AddYears(18);
    }
}
