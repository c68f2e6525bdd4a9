extern alias investigation;

namespace Investigation.Tests.Infrastructure;

/// <summary>The investigation service hosted in the test process on the run's infrastructure, its clock set to <c>now</c> and moved only by the test.</summary>
internal static class InvestigationHost
{
    public static InProcessService<investigation::Program> Start(InfrastructureFixture infrastructure, DateTimeOffset now) =>
        new(InvestigationServiceCollectionExtensions.ServiceName, infrastructure, now);
}
