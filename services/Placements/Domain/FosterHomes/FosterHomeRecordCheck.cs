using Platform.BuildingBlocks.Persistence;

namespace Placements.Domain.FosterHomes;

/// <summary>One criminal-record check of a foster home: the day, whether the extract had remarks, and who recorded it.</summary>
internal sealed class FosterHomeRecordCheck : ITenantOwned
{
    public Guid Id { get; set; }

    public string TenantId { get; set; } = string.Empty;

    public Guid FosterHomeId { get; set; }

    public DateOnly CheckedOn { get; set; }

    public DateTimeOffset DueAt { get; set; }

    public bool Remarks { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public string RecordedByName { get; set; } = string.Empty;

    public string RecordedByRole { get; set; } = string.Empty;
}
