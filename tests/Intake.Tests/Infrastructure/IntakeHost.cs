extern alias intake;

using System.Security.Cryptography;

namespace Intake.Tests.Infrastructure;

/// <summary>Intake hosted in the test process on the run's infrastructure, its clock set to <c>now</c> and moved only by the test.</summary>
internal static class IntakeHost
{
    public static InProcessService<intake::Program> Start(InfrastructureFixture infrastructure, DateTimeOffset now) =>
        new(IntakeServiceCollectionExtensions.ServiceName, infrastructure, now, new Dictionary<string, string>
        {
            // The key identity numbers are encrypted and hashed with (ADR 6), the test's own.
            ["Intake:IdentityKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        });
}
