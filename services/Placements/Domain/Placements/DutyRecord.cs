using Platform.BuildingBlocks.Persistence;
using Platform.Contracts.Placements;

namespace Placements.Domain.Placements;

/// <summary>One duty done on a placement: who recorded it, the day it was done, and for a review the committee's meeting.</summary>
internal sealed class DutyRecord : ITenantOwned
{
    public Guid Id { get; set; }

    public string TenantId { get; set; } = string.Empty;

    public Guid PlacementId { get; set; }

    public DutyKind Kind { get; set; }

    public DateOnly DoneOn { get; set; }

    public DateTimeOffset DueAt { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public string RecordedById { get; set; } = string.Empty;

    public string RecordedByName { get; set; } = string.Empty;

    public string RecordedByRole { get; set; } = string.Empty;

    public ReviewKind? ReviewKind { get; set; }

    public string? ProtocolParagraph { get; set; }

    public bool? CareContinues { get; set; }

    /// <summary>Whether the child was spoken with alone, for a visit.</summary>
    public bool? IndividualConversation { get; set; }

    /// <summary>Free text; it stays in this record and never leaves in an event or to the region.</summary>
    public string? Note { get; set; }

    public bool WithinDeadline => StartOfDay(DoneOn) < DueAt;

    private static DateTimeOffset StartOfDay(DateOnly day) => Platform.Rules.StockholmCalendar.StartOf(day);
}
