namespace Platform.Bench.Chaos.Flow;

/// <summary>A municipality, a qualified caseworker's calls through the gateway, and its unit manager's (who decides placements).</summary>
internal sealed record CaseDesk(string Municipality, GatewayCalls Calls, GatewayCalls Manager);
