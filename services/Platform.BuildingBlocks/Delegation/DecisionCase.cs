using Platform.Contracts.Delegation;

namespace Platform.BuildingBlocks.Delegation;

/// <summary>The case a delegated decision is asked on, as a refusal names it: its kind, id, municipality and unit.</summary>
public sealed record DecisionCase(DecisionCaseKind Kind, Guid Id, string TenantId, string? Unit);
