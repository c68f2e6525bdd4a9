namespace Quality.Tests.Infrastructure;

/// <summary>
/// Every in-process test class shares one PostgreSQL and RabbitMQ, started once for the project; the classes of
/// a collection run one after another, so one quality service at a time consumes the bus.
/// </summary>
[CollectionDefinition(Name)]
public sealed class InfrastructureCollection : ICollectionFixture<InfrastructureFixture>
{
    public const string Name = "quality-infrastructure";
}
