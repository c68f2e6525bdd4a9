namespace Investigation.Domain.Decisions;

/// <summary>The person taking a decision, as their token describes them.</summary>
internal sealed record Decider(string Id, string Name, string Role, bool IsQualified);
