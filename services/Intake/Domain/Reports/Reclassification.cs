using Platform.BuildingBlocks.Persistence;
using Platform.Contracts.Intake;

namespace Intake.Domain.Reports;

/// <summary>A change of a report's class, kept with who, why and when.</summary>
internal sealed class Reclassification : ITenantOwned
{
    public Guid Id { get; set; }

    public string TenantId { get; set; } = string.Empty;

    public Guid ReportId { get; set; }

    public Classification FromClassification { get; set; }

    public Classification ToClassification { get; set; }

    public string Reason { get; set; } = string.Empty;

    public string ReclassifiedById { get; set; } = string.Empty;

    public string ReclassifiedByName { get; set; } = string.Empty;

    public string ReclassifiedByRole { get; set; } = string.Empty;

    public DateTimeOffset ReclassifiedAt { get; set; }
}
