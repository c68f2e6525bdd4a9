using Platform.BuildingBlocks.Persistence;

namespace Quality.Domain.SelfAudit;

/// <summary>Whether an assessment's deadline was extended, from its decision: the reviewer then checks the reasons were documented.</summary>
internal sealed class AssessmentExtension : ITenantOwned
{
    public Guid Id { get; init; }

    public string TenantId { get; set; } = string.Empty;

    public bool WasExtended { get; set; }
}
