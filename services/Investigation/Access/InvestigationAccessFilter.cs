using Investigation.Data;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.AccessLog;
using Platform.BuildingBlocks.Authorization;
using Platform.ServiceDefaults.Authentication;

namespace Investigation.Access;

/// <summary>The investigation a route names by its id.</summary>
internal sealed class InvestigationAccessFilter(InvestigationDbContext db, AccessLogWriter log, OwnUnitRule ownUnit, CurrentUser user)
    : CaseAccessFilter(db, log, ownUnit, user)
{
    protected override async Task<CaseTarget?> TargetAsync(RouteValueDictionary route, CancellationToken cancellationToken)
    {
        var found = RouteGuid(route, "id") is { } id
            ? await db.Investigations.Where(i => i.Id == id).Select(i => new { i.Id, i.Unit }).FirstOrDefaultAsync(cancellationToken)
            : null;
        return found is null ? null : new CaseTarget(found.Unit, [(InvestigationAccess.InvestigationRecord, found.Id)]);
    }
}
