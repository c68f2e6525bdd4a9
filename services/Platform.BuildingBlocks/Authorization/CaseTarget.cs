namespace Platform.BuildingBlocks.Authorization;

/// <summary>The case a request touches: its unit, and the records the access log names for it.</summary>
public sealed record CaseTarget(string? Unit, IReadOnlyList<(string RecordType, Guid RecordId)> Records);
