using Platform.ServiceDefaults.Authentication;
using Quality.Access;

namespace Quality.Features.RebuildProjections;

internal static class RebuildProjectionsEndpoint
{
    /// <summary>POST /projections/rebuild: the municipality's figures recomputed from its received events.</summary>
    public static RouteGroupBuilder MapRebuildProjections(this RouteGroupBuilder group)
    {
        group.MapPost("/projections/rebuild", async (CurrentUser user, ProjectionRebuild rebuild, CancellationToken cancellationToken) =>
            QualityAccess.RefuseUnlessRebuilder(user) ?? Results.Ok(new ProjectionsRebuilt(await rebuild.RunAsync(cancellationToken))))
            .WithSummary("Rebuilds the municipality's indicator projections from the events received");
        return group;
    }
}

internal sealed record ProjectionsRebuilt(int EventsReplayed);
