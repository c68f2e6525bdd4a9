namespace Intake.Features.Settings;

/// <summary>The body of <c>GET</c> and <c>PUT /api/intake/settings</c>.</summary>
internal sealed record IntakeSettings(IReadOnlyList<string>? ProtectedIdentityRoles);
