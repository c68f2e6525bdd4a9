namespace Platform.EndToEndTests.Infrastructure;

/// <summary>Every test class marked [Collection(PlatformCollection.Name)] shares one running platform.</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}
