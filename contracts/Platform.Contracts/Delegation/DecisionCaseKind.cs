namespace Platform.Contracts.Delegation;

/// <summary>The kind of case a delegated decision is taken on, written in kebab case.</summary>
public enum DecisionCaseKind
{
    /// <summary>An initial assessment (assessment service).</summary>
    Assessment,

    /// <summary>A child investigation (investigation service).</summary>
    Investigation,
}
