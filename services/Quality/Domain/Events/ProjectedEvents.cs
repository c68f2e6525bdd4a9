using Platform.Contracts.Assessment;
using Platform.Contracts.Delegation;
using Platform.Contracts.Intake;
using Platform.Contracts.Investigation;
using Platform.Contracts.Placements;

namespace Quality.Domain.Events;

/// <summary>The events the projections are fed by, each with its own queue, and the names they are stored under.</summary>
internal static class ProjectedEvents
{
    public static readonly IReadOnlyList<Type> Types =
    [
        typeof(ReportRegistered),
        typeof(ProtectionAssessmentRecorded),
        typeof(AssessmentOpened),
        typeof(AssessmentDecided),
        typeof(ReporterFeedbackGiven),
        typeof(ReporterFeedbackNotGiven),
        typeof(InvestigationOpened),
        typeof(InvestigationConcluded),
        typeof(InvestigationClosed),
        typeof(InterventionDecided),
        typeof(InterventionStarted),
        typeof(InterventionEndedUnexecuted),
        typeof(PlacementDecided),
        typeof(PlacementStarted),
        typeof(PlacementEnded),
        typeof(PlacementReviewed),
        typeof(PlacementVisitRecorded),
        typeof(CustodyTransferConsidered),
        typeof(DecisionRefused),
    ];

    private static readonly Dictionary<string, Type> ByName = Types.ToDictionary(NameOf, StringComparer.Ordinal);

    public static string NameOf(Type type) => type.Name;

    public static Type TypeOf(string name) =>
        ByName.TryGetValue(name, out var type) ? type : throw new InvalidOperationException($"No projection reads {name} events.");
}
