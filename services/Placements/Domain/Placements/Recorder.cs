namespace Placements.Domain.Placements;

/// <summary>Who recorded something, as their token names them.</summary>
internal sealed record Recorder(string Id, string Name, string Role);
