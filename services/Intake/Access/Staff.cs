using Intake.Domain.Reports;
using Platform.ServiceDefaults.Authentication;

namespace Intake.Access;

/// <summary>Who acted, from the token, cut to the stored lengths.</summary>
internal sealed record Staff(string Id, string Name, string Role)
{
    public static Staff From(CurrentUser user) => new(
        Cut(user.Id, IntakeLimits.UserIdLength),
        Cut(user.Name, IntakeLimits.NameLength),
        Cut(user.Role, IntakeLimits.RoleLength));

    private static string Cut(string value, int length) => value.Length <= length ? value : value[..length];
}
