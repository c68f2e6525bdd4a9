namespace Intake.Tests.Infrastructure;

/// <summary>
/// Every in-process test class shares one PostgreSQL and RabbitMQ, started once for the project.
/// The classes of a collection run one after another, so one intake at a time consumes and relays.
/// </summary>
[CollectionDefinition(Name)]
public sealed class InfrastructureCollection : ICollectionFixture<InfrastructureFixture>
{
    public const string Name = "intake-infrastructure";
}
