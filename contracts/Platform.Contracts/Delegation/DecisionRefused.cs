using MassTransit;

namespace Platform.Contracts.Delegation;

/// <summary>
/// A decision was refused as outside the delegation order, or as the committee's own decision asked for by
/// someone else (DOMAIN.md §3); nothing of the case changed. The quality service raises a deviation for it.
/// Carries the case, the decision, the rule and the caller's role and unit: never a person, never the refusal's text.
/// </summary>
[MessageUrn("delegation:decision-refused:v1")]
public sealed record DecisionRefused : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required string TenantId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>Which service's case the decision was asked on.</summary>
    public required DecisionCaseKind CaseKind { get; init; }

    /// <summary>The assessment or investigation.</summary>
    public required Guid CaseId { get; init; }

    /// <summary>The case's unit, whose manager investigates the deviation.</summary>
    public string? Unit { get; init; }

    /// <summary>The decision refused.</summary>
    public required DecisionType Decision { get; init; }

    /// <summary>The rule that refused it: <c>delegation-order:&lt;decision&gt;</c> or <c>committee-decisions</c>.</summary>
    public required string RefusedBy { get; init; }

    /// <summary>The caller's role.</summary>
    public required string DeciderRole { get; init; }

    /// <summary>The caller's unit, if any.</summary>
    public string? DeciderUnit { get; init; }
}
