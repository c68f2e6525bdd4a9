using Microsoft.AspNetCore.Http;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Platform.BuildingBlocks.Casework;

/// <summary>
/// The checks every change to an open case starts with, the same in each service that works on cases:
/// absent (or another municipality's) is a 404, no longer open a 409, and recording on it needs the
/// service's casework refusal to pass first.
/// </summary>
/// <param name="title">The 404's title: <c>Assessment</c>.</param>
/// <param name="load">Loads the case with everything it holds; null also for another municipality's id.</param>
/// <param name="whyNotOpen">Null when the case is open; otherwise the 409's detail.</param>
/// <param name="refuseWork">Null when the caller may record on a case; otherwise the refusal naming the rule.</param>
public sealed class OpenCaseLoader<TContext, TCase>(
    string title,
    Func<TContext, Guid, CancellationToken, Task<TCase?>> load,
    Func<TCase, string?> whyNotOpen,
    Func<CurrentUser, DateTimeOffset, IResult?> refuseWork)
    where TCase : class
{
    /// <summary>The open case a qualified caseworker or manager may record on, or the problem that stops them.</summary>
    public async Task<(TCase? Case, IResult? Problem)> LoadOpenForWorkAsync(
        TContext db, Guid id, CurrentUser user, DateTimeOffset now, CancellationToken cancellationToken) =>
        refuseWork(user, now) is { } refused
            ? (null, refused)
            : await LoadOpenAsync(db, id, cancellationToken);

    /// <summary>The open case, or 404 (also for another municipality's) or 409 when it is no longer open.</summary>
    public async Task<(TCase? Case, IResult? Problem)> LoadOpenAsync(TContext db, Guid id, CancellationToken cancellationToken)
    {
        var found = await load(db, id, cancellationToken);
        if (found is null)
        {
            return (null, Problems.NotFound(title));
        }

        return whyNotOpen(found) is { } conflict
            ? (null, Problems.Conflict(conflict))
            : (found, null);
    }
}
