namespace Platform.BuildingBlocks.Delegation;

/// <summary>The person taking a decision, as their token describes them.</summary>
public sealed record Decider(string Id, string Name, string Role, bool IsQualified);
