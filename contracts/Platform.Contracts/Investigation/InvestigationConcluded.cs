using MassTransit;

namespace Platform.Contracts.Investigation;

/// <summary>An investigation was completed with a decision: no intervention, or one or more interventions.</summary>
[MessageUrn("investigation:investigation-concluded:v1")]
public sealed record InvestigationConcluded : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required string TenantId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The investigation.</summary>
    public required Guid InvestigationId { get; init; }

    /// <summary>The child's platform id.</summary>
    public required Guid ChildId { get; init; }

    /// <summary>When it was concluded.</summary>
    public required DateTimeOffset ConcludedAt { get; init; }

    /// <summary>When it was opened.</summary>
    public required DateTimeOffset OpenedAt { get; init; }

    /// <summary>The statutory deadline, four months after opening; statistics count lateness against it.</summary>
    public required DateTimeOffset StatutoryDueAt { get; init; }

    /// <summary>The deadline in force (extended, if it was).</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>Whether it was concluded by <see cref="StatutoryDueAt"/>.</summary>
    public required bool WithinStatutoryDeadline { get; init; }

    /// <summary>Whether it was concluded by <see cref="DueAt"/>.</summary>
    public required bool WithinDeadline { get; init; }

    /// <summary>Local days from opening to conclusion, as the Huddinge distribution counts them.</summary>
    public required int DaysTaken { get; init; }

    /// <summary>The number of interventions decided; zero for "no intervention".</summary>
    public required int InterventionCount { get; init; }

    /// <summary>The decider's role.</summary>
    public required string DeciderRole { get; init; }

    /// <summary>
    /// The caseworker who recorded most of the documentation, as a pseudonym: a random id per caseworker and municipality
    /// that only investigation can tie to a user. Null when no part was recorded by a known user.
    /// </summary>
    public Guid? DocumentingCaseworker { get; init; }

    /// <summary>The unit responsible, when given.</summary>
    public string? Unit { get; init; }
}
