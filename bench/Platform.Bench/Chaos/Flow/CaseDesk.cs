namespace Platform.Bench.Chaos.Flow;

/// <summary>A municipality and a qualified caseworker's calls through the gateway.</summary>
internal sealed record CaseDesk(string Municipality, GatewayCalls Calls);
