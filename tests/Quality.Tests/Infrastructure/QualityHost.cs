extern alias quality;

namespace Quality.Tests.Infrastructure;

/// <summary>The quality service hosted in the test process on the run's infrastructure, its clock moved only by the test.</summary>
internal static class QualityHost
{
    public static InProcessService<quality::Program> Start(InfrastructureFixture infrastructure, DateTimeOffset now) =>
        new(quality::Quality.QualityServiceCollectionExtensions.ServiceName, infrastructure, now);
}
