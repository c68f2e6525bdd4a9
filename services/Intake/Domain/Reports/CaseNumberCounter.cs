using Platform.BuildingBlocks.Persistence;

namespace Intake.Domain.Reports;

/// <summary>The last case number issued in a municipality and year; bumped in the registering transaction.</summary>
internal sealed class CaseNumberCounter : ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;

    public int Year { get; set; }

    public int LastNumber { get; set; }
}
