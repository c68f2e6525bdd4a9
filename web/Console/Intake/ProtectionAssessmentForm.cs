using PlatformConsole.Components.Shared;

namespace PlatformConsole.Intake;

/// <summary>The immediate protection assessment, as <c>POST /api/intake/reports/{id}/protection-assessment</c> takes it.</summary>
internal sealed class ProtectionAssessmentForm(string assessedAt)
{
    public string AssessedAt { get; set; } = assessedAt;
    public string? Circumstances { get; set; }
    public bool ImmediateProtectionNeeded { get; set; }
    public string? ActionsTaken { get; set; }

    public object ToRequest() => new
    {
        assessedAt = LocalInstant.ToIso(AssessedAt), circumstances = Circumstances,
        immediateProtectionNeeded = ImmediateProtectionNeeded, actionsTaken = ActionsTaken,
    };
}
