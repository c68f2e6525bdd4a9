using Microsoft.AspNetCore.Routing;

namespace Platform.BuildingBlocks.Authorization;

/// <summary>The case a request touches: its unit, and the records the access log names for it.</summary>
public sealed record CaseTarget(string? Unit, IReadOnlyList<(string RecordType, Guid RecordId)> Records)
{
    /// <summary>The route's id of this name, or null when it has none (or none that is an id).</summary>
    public static Guid? RouteGuid(RouteValueDictionary route, string name) =>
        route.TryGetValue(name, out var value) && Guid.TryParse(value?.ToString(), out var id) ? id : null;
}
