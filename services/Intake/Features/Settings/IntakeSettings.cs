namespace Intake.Features.Settings;

/// <summary>
/// The body of <c>GET</c> and <c>PUT /api/intake/settings</c>: who sees protected identities, and the
/// local time (<c>HH:mm</c>) after which a report's protection assessment is due the next day
/// (DOMAIN.md §2.1; the rule's default, 15:00, when left out).
/// </summary>
internal sealed record IntakeSettings(IReadOnlyList<string>? ProtectedIdentityRoles, string? ProtectionAssessmentCutOff);
