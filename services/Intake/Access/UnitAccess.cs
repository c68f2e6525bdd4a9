using Platform.BuildingBlocks.Authorization;
using Platform.ServiceDefaults.Authentication;

namespace Intake.Access;

/// <summary>
/// Intake's side of the own-unit rule (<see cref="OwnUnitRule"/>): a case of the caller's unit, or one
/// no unit has taken, is their own work. Staff without a unit in their token (the reception, which
/// serves every unit before a case is assigned) are not bound by it.
/// </summary>
internal sealed class UnitAccess(CurrentUser user, OwnUnitRule rule)
{
    /// <summary>Null when the caller may reach the case; otherwise the 400 or 403.</summary>
    public IResult? Refusal(string? caseUnit) => rule.Check(!IsOutside(caseUnit));

    private bool IsOutside(string? caseUnit) =>
        user.Unit is { } own && caseUnit is not null && !string.Equals(own, caseUnit, StringComparison.Ordinal);
}
