using Intake.Access;
using Intake.Data;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.AccessLog;
using Platform.ServiceDefaults.Problems;

namespace Intake.Features.ChildHistory;

/// <summary><c>GET /api/intake/children/{childId}/history</c>: what intake knows of a child's earlier reports.</summary>
internal static class ChildHistoryEndpoint
{
    public static RouteGroupBuilder MapChildHistory(this RouteGroupBuilder group)
    {
        group.MapGet("/children/{childId:guid}/history", HandleAsync)
            .Produces<ChildHistoryResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<IResult> HandleAsync(Guid childId, IntakeDbContext db, AccessLogWriter log, CancellationToken cancellationToken)
    {
        var child = await db.Children.Where(c => c.Id == childId).Select(c => new { c.Id, c.ProtectedIdentity }).SingleOrDefaultAsync(cancellationToken);
        if (child is null)
        {
            return Problems.NotFound("Child");
        }

        var reports = await PriorKnowledge.ForChildAsync(db, childId, cancellationToken);
        await log.ShownAsync(AccessAction.Read, IntakeAccess.ChildRecord, [childId], cancellationToken);
        return Results.Ok(new ChildHistoryResponse(child.Id, child.ProtectedIdentity, reports));
    }
}
