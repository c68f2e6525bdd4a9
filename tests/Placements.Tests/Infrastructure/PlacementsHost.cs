extern alias placements;

namespace Placements.Tests.Infrastructure;

/// <summary>The placements service hosted in the test process on the run's infrastructure, its clock moved only by the test.</summary>
internal static class PlacementsHost
{
    public const string KeySecret = "test-regional-key-secret";

    public const string DaprApiToken = "test-dapr-app-token";

    public static InProcessService<placements::Program> Start(InfrastructureFixture infrastructure, DateTimeOffset now) =>
        new(placements::Placements.PlacementsServiceCollectionExtensions.ServiceName, infrastructure, now, new Dictionary<string, string>
        {
            ["Placements:Regional:KeySecret"] = KeySecret,
            ["Placements:Regional:DaprApiToken"] = DaprApiToken,
        });
}
