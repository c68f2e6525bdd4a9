using System.Globalization;
using Investigation.Domain.Interventions;
using Investigation.Features.Worklist;

namespace Investigation.Features.IvoReport;

/// <summary>
/// Which decisions a quarter reports (16 kap. 6 f § SoL), from the days stored on each intervention and
/// never from today: not executed within three months and not started or ended by the quarter's last
/// day; started in the quarter after having become reportable; ended unexecuted in the quarter after
/// having become reportable.
/// </summary>
internal static class IvoReportRows
{
    public static IReadOnlyList<IvoReportRow> For(IvoQuarter quarter, IEnumerable<Intervention> reportable) =>
        [.. reportable
            .Select(x => Row(x, quarter))
            .OfType<IvoReportRow>()
            .OrderBy(r => r.Category)
            .ThenBy(r => r.DecidedOn)
            .ThenBy(r => r.InterventionId)];

    private static IvoReportRow? Row(Intervention x, IvoQuarter quarter)
    {
        if (x.NotExecutedFrom > quarter.To)
        {
            return null;
        }

        var within = (DateOnly day) => day >= quarter.From && day <= quarter.To;
        return (x.StartedOn, x.EndedOn) switch
        {
            ({ } started, _) when started > quarter.To => Of(IvoReportCategory.NotExecuted, x, x.DelayReason),
            ({ } started, _) when within(started) && started >= x.NotExecutedFrom => Of(IvoReportCategory.ExecutedLate, x, x.DelayReason),
            ({ }, _) => null,
            (null, { } ended) when ended > quarter.To => Of(IvoReportCategory.NotExecuted, x, x.DelayReason),
            (null, { } ended) when within(ended) && ended >= x.NotExecutedFrom => Of(IvoReportCategory.EndedUnexecuted, x, x.EndReason),
            (null, { }) => null,
            _ => Of(IvoReportCategory.NotExecuted, x, x.DelayReason),
        };
    }

    private static IvoReportRow Of(IvoReportCategory category, Intervention x, Platform.Contracts.Investigation.UnexecutedReason? reason) => new(
        category, x.Id, x.DecidedOn, x.Kind, WorklistEndpoints.TypeName(x), x.LegalBasis, x.ChildGender,
        x.ChildBirthYearMonth is { Length: >= 4 } ym ? int.Parse(ym[..4], CultureInfo.InvariantCulture) : null,
        x.NotExecutedFrom,
        category == IvoReportCategory.NotExecuted ? null : x.StartedOn,
        category == IvoReportCategory.NotExecuted ? null : x.EndedOn,
        reason);
}
