namespace Platform.BuildingBlocks.Persistence;

/// <summary>
/// On a baseline migration that squashed a service's earlier migrations into one: names the last of
/// them, so that a database migrated that far records the baseline as applied instead of running it (ADR 16).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ReplacesMigrationsAttribute(string lastReplaced) : Attribute
{
    public string LastReplaced { get; } = lastReplaced;
}
