using Investigation.Access;
using Investigation.Data;
using Investigation.Domain.Investigations;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Investigation.Features.Shared;

/// <summary>The checks every change to an investigation starts with.</summary>
internal static class InvestigationWork
{
    /// <summary>The open investigation a qualified caseworker or manager may record on, or the problem that stops them.</summary>
    public static async Task<(ChildInvestigation? Investigation, IResult? Problem)> LoadOpenForWorkAsync(
        this InvestigationDbContext db, Guid id, CurrentUser user, DateTimeOffset now, CancellationToken cancellationToken) =>
        InvestigationAccess.RefuseUnlessQualifiedCaseworker(user, now) is { } refused
            ? (null, refused)
            : await db.LoadOpenAsync(id, cancellationToken);

    /// <summary>The open investigation, or 404 (also for another municipality's) or 409 when it is closed.</summary>
    public static async Task<(ChildInvestigation? Investigation, IResult? Problem)> LoadOpenAsync(
        this InvestigationDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var investigation = await db.LoadInvestigationAsync(id, cancellationToken);
        if (investigation is null)
        {
            return (null, Problems.NotFound("Investigation"));
        }

        return investigation.Status == InvestigationStatus.Open
            ? (investigation, null)
            : (null, Problems.Conflict("The investigation is closed by its decision; only an open one can be changed."));
    }
}
