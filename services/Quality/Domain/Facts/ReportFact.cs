using Platform.Rules;
using Quality.Domain.Indicators;

namespace Quality.Domain.Facts;

/// <summary>A report of concern: its receipt, its protection assessment and the feedback to its reporter.</summary>
internal sealed class ReportFact : ICaseFact
{
    public Guid Id { get; init; }

    public string TenantId { get; set; } = string.Empty;

    public Guid ChildId { get; set; }

    public string? Unit { get; set; }

    public DateTimeOffset? ReceivedAt { get; set; }

    public DateTimeOffset? ProtectionAssessedAt { get; set; }

    /// <summary>Whether the protection assessment was made by its statutory deadline, as intake judged it under the rule.</summary>
    public bool? ProtectionAssessedInTime { get; set; }

    public DateTimeOffset? FeedbackEndedAt { get; set; }

    public bool FeedbackGiven { get; set; }

    public Guid CaseId => Id;

    public string Subject => IndicatorCatalogue.Report;

    public IEnumerable<Contribution> Contributions(ChildFact? child)
    {
        var dimensions = ChildFact.Dimensions(child, Unit);
        if (ReceivedAt is { } received)
        {
            yield return dimensions.Count(IndicatorCatalogue.ReportsReceived, received);
            if (ProtectionAssessedAt is { } assessed)
            {
                yield return dimensions.Share(IndicatorCatalogue.ProtectionWithin24Hours, received, IndicatorMeasures.ProtectionAssessedWithinWindow(received, assessed) ? 1 : 0);
            }
        }

        if (FeedbackEndedAt is { } ended)
        {
            yield return dimensions.Share(IndicatorCatalogue.FeedbackGiven, ended, FeedbackGiven ? 1 : 0);
        }
    }
}
