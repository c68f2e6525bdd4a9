namespace Intake.Domain.Reports;

/// <summary>What has become of a report, as far as intake knows.</summary>
internal enum ReportStatus
{
    /// <summary>An anmälan whose immediate protection assessment is not yet recorded.</summary>
    AwaitingProtectionAssessment,

    /// <summary>The immediate protection assessment is recorded.</summary>
    ProtectionAssessed,

    /// <summary>Registered; no intake duty remains (an ansökan or annan kännedom).</summary>
    Registered,
}
