using Platform.BuildingBlocks.Persistence;

namespace Intake.Domain.Settings;

/// <summary>A municipality's own intake settings; without a row the defaults apply.</summary>
internal sealed class MunicipalitySettings : ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;

    /// <summary>Roles that may see a protected identity.</summary>
    public string[] ProtectedIdentityRoles { get; set; } = [];

    /// <summary>Reports received after this local time have their protection assessment due the next day; the rule's default when null.</summary>
    public TimeOnly? ProtectionAssessmentCutOff { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedById { get; set; } = string.Empty;
}
