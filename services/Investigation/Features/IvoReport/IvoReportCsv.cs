using System.Globalization;
using System.Text;
using Platform.ServiceDefaults.Problems;

namespace Investigation.Features.IvoReport;

/// <summary>The report as CSV: one header line, then one line per decision; values are codes and days, never text that needs quoting.</summary>
internal static class IvoReportCsv
{
    public const string Header =
        "category,interventionId,decidedOn,interventionKind,interventionType,legalBasis,childGender,childBirthYear,notExecutedFrom,startedOn,endedOn,reason";

    public static string Write(IvoQuarterReport report)
    {
        var csv = new StringBuilder().Append(Header).Append('\n');
        foreach (var r in report.Rows)
        {
            csv.AppendJoin(',',
                KebabEnum.Name(r.Category), r.InterventionId.ToString(), Day(r.DecidedOn), KebabEnum.Name(r.InterventionKind), r.InterventionType,
                KebabEnum.Name(r.LegalBasis), KebabEnum.Name(r.ChildGender), r.ChildBirthYear?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                Day(r.NotExecutedFrom), Day(r.StartedOn), Day(r.EndedOn), r.Reason is { } reason ? KebabEnum.Name(reason) : string.Empty)
                .Append('\n');
        }

        return csv.ToString();
    }

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
