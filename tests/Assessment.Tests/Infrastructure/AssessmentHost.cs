extern alias assessment;

namespace Assessment.Tests.Infrastructure;

/// <summary>The assessment service hosted in the test process on the run's infrastructure, its clock set to <c>now</c> and moved only by the test.</summary>
internal static class AssessmentHost
{
    public static InProcessService<assessment::Program> Start(InfrastructureFixture infrastructure, DateTimeOffset now) =>
        new(AssessmentServiceCollectionExtensions.ServiceName, infrastructure, now);
}
