using Investigation.Access;
using Investigation.Data;
using Investigation.Domain.Investigations;
using Platform.BuildingBlocks.Casework;

namespace Investigation.Features.Shared;

/// <summary>The checks every change to an investigation starts with.</summary>
internal static class InvestigationWork
{
    public static readonly OpenCaseLoader<InvestigationDbContext, ChildInvestigation> Cases = new(
        "Investigation",
        (db, id, cancellationToken) => db.LoadInvestigationAsync(id, cancellationToken),
        investigation => investigation.Status == InvestigationStatus.Open
            ? null
            : "The investigation is closed by its decision; only an open one can be changed.",
        InvestigationAccess.RefuseUnlessQualifiedCaseworker);
}
