namespace Investigation.Tests.Infrastructure;

/// <summary>
/// Every in-process test class shares one PostgreSQL and RabbitMQ, started once for the project. The
/// classes of a collection run one after another, so one investigation service at a time consumes the
/// messages the tests publish.
/// </summary>
[CollectionDefinition(Name)]
public sealed class InfrastructureCollection : ICollectionFixture<InfrastructureFixture>
{
    public const string Name = "investigation-infrastructure";
}
