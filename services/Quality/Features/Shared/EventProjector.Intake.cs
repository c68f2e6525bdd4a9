using Platform.Contracts.Intake;
using Quality.Domain.Facts;

namespace Quality.Features.Shared;

internal sealed partial class EventProjector
{
    private async Task<IReadOnlyList<ICaseFact>> ApplyAsync(ReportRegistered e, CancellationToken cancellationToken)
    {
        var report = await ReportAsync(e.ReportId, cancellationToken);
        report.ChildId = e.ChildId;
        report.Unit = e.Unit;
        report.ReceivedAt = e.ReceivedAt.ToUniversalTime();
        await LearnChildAsync(e.ChildId, e.ChildGender, e.ChildBirthYearMonth, cancellationToken);
        return [report];
    }

    private async Task<IReadOnlyList<ICaseFact>> ApplyAsync(ProtectionAssessmentRecorded e, CancellationToken cancellationToken)
    {
        var report = await ReportAsync(e.ReportId, cancellationToken);
        report.ChildId = e.ChildId;
        report.ProtectionAssessedAt = e.AssessedAt.ToUniversalTime();
        report.ProtectionAssessedInTime = e.WithinDeadline;
        return [report];
    }

    private async Task<IReadOnlyList<ICaseFact>> FeedbackAsync(Guid reportId, bool given, DateTimeOffset endedAt, CancellationToken cancellationToken)
    {
        var report = await ReportAsync(reportId, cancellationToken);
        report.FeedbackGiven = given;
        report.FeedbackEndedAt = endedAt.ToUniversalTime();
        return [report];
    }

    private Task<ReportFact> ReportAsync(Guid id, CancellationToken cancellationToken) =>
        FactAsync(id, () => new ReportFact { Id = id }, cancellationToken);
}
