using Platform.BuildingBlocks.AccessLog;
using Platform.BuildingBlocks.Persistence;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;
using Quality.Access;
using Quality.Data;
using Quality.Domain.Deviations;

namespace Quality.Features.Deviations;

/// <summary>Loads a deviation for a change: 404, then 403, then 409, then the change saved with its access-log entry.</summary>
internal sealed class DeviationChanges(QualityDbContext db, CurrentUser user, AccessLogWriter log, TimeProvider time)
{
    public async Task<IResult> ChangeAsync(
        Guid id, Func<CurrentUser, Deviation, IResult?> refuse, Func<Deviation, string?> conflict, Action<Deviation, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        if (await db.Deviations.FindAsync([id], cancellationToken) is not { } deviation)
        {
            return Problems.NotFound("deviation");
        }

        if (refuse(user, deviation) is { } refused)
        {
            return refused;
        }

        if (conflict(deviation) is { } detail)
        {
            return Problems.Conflict(detail);
        }

        var now = time.GetUtcNow();
        change(deviation, now);
        log.Add(AccessAction.Write, DeviationAccess.DeviationRecord, deviation.Id);
        return await db.SaveOrConflictAsync(cancellationToken) ?? Results.Ok(DeviationView.Of(deviation, now));
    }
}
