using Intake.Data;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Authentication;

namespace Intake.Access;

/// <summary>Whether the caller may see a protected identity: only the roles the municipality names (DOMAIN.md §4).</summary>
internal sealed class ProtectedIdentityPolicy(IntakeDbContext db, CurrentUser user)
{
    public async Task<bool> MaySeeAsync(CancellationToken cancellationToken)
    {
        var roles = await RolesAsync(cancellationToken);
        return roles.Contains(user.Role, StringComparer.Ordinal);
    }

    public async Task<string[]> RolesAsync(CancellationToken cancellationToken) =>
        await db.MunicipalitySettings.Select(s => s.ProtectedIdentityRoles).SingleOrDefaultAsync(cancellationToken)
        ?? IntakeAccess.DefaultProtectedIdentityReaders;
}
