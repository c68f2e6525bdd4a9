using Intake.Access;
using Intake.Data;
using Intake.Domain.Children;
using Intake.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.AccessLog;

namespace Intake.Features.RegisterReport;

/// <summary>
/// Gives each child a platform id that is stable within the municipality: a known identity number
/// finds the same child again through its keyed hash; a temporary identity is a new child.
/// </summary>
internal sealed class ChildRegistry(IntakeDbContext db, IdentityProtector protector, AccessLogWriter log)
{
    public async Task<(Child Child, bool IsNew)> FindOrAddAsync(NewReport.Child about, string tenant, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var hash = about.Number is null ? null : protector.LookupHash(tenant, about.Number);
        var existing = hash is null ? null : await db.Children.SingleOrDefaultAsync(c => c.IdentityHash == hash, cancellationToken);
        if (existing is not null)
        {
            if (about.ProtectedIdentity && !existing.ProtectedIdentity)
            {
                existing.ProtectedIdentity = true;
                log.Add(AccessAction.Write, IntakeAccess.ChildRecord, existing.Id);
            }

            return (existing, false);
        }

        var child = new Child
        {
            Id = Guid.NewGuid(),
            TenantId = tenant,
            IdentityHash = hash,
            IsCoordinationNumber = about.Number?.IsCoordinationNumber ?? false,
            KnownName = about.KnownName,
            BirthDate = about.BirthDate,
            Gender = about.Gender,
            ProtectedIdentity = about.ProtectedIdentity,
            CreatedAt = now,
        };
        child.IdentityNumberEncrypted = about.Number is null ? null : protector.Encrypt(about.Number.Digits, tenant, child.Id);
        db.Children.Add(child);
        log.Add(AccessAction.Write, IntakeAccess.ChildRecord, child.Id);
        return (child, true);
    }
}
