using System.Globalization;
using System.Net;
using System.Text;
using Quality.Domain.SelfAudit;
using Quality.Features.SelfAudit;

namespace Quality.Features.AnnualReport;

/// <summary>
/// The report's egenkontroll: per unit and checklist item, the share of yes among the cases answered yes or no, with
/// both counts, beside the year before. An item nobody could answer says so rather than 0 %.
/// </summary>
internal static class SelfAuditSection
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    private static readonly Dictionary<string, string> Items = new(StringComparer.Ordinal)
    {
        [ChecklistItems.ProtectionAssessmentInTime] = "Skyddsbedömning i tid",
        [ChecklistItems.AssessmentInTime] = "Förhandsbedömning inom 14 dagar",
        [ChecklistItems.DecisionByCompetentDelegate] = "Beslut av behörig delegat",
        [ChecklistItems.ExtensionReasons] = "Skäl för förlängning angivna",
        [ChecklistItems.FeedbackToReporter] = "Återkoppling till anmälare",
        [ChecklistItems.InvestigationInTime] = "Utredning inom fyra månader",
        [ChecklistItems.ViolenceRiskAssessed] = "Risk för fortsatt våld bedömd",
        ["reporter-documented"] = "Anmälaren dokumenterad",
        ["reason-stated"] = "Anledningen till anmälan angiven",
        ["protection-assessment-documented"] = "Skyddsbedömningen dokumenterad med namn, tid och fakta",
        ["prior-knowledge-weighed"] = "Tidigare kännedom vägd",
        ["child-view"] = "Barnets synpunkter",
        ["family-invited-to-planning"] = "Familjen inbjuden till planering",
        ["child-heard"] = "Barnet hört",
        ["facts-needs-and-own-ability-stated"] = "Fakta, behov och egen förmåga bedömda",
        ["intervention-goals"] = "Mål för insatsen",
        ["structured-method"] = "Strukturerad metod använd",
        ["communication-done"] = "Kommunicering gjord",
        ["police-report-stance"] = "Ställningstagande till polisanmälan",
    };

    public static void Write(StringBuilder html, IReadOnlyList<SelfAuditResultsView> units, string missing)
    {
        html.Append("<h2>Egenkontroll (aktgranskning)</h2>\n<p>Checklistans punkter för varje enhets utredningar avslutade under året, jämfört med föregående år. ")
            .Append("Systemet besvarar punkterna om tider, delegation och återkoppling för alla ärenden; övriga punkter besvaras av granskaren för de ärenden som lottats till urvalet. ")
            .Append("Andelen är ja bland de ärenden som besvarats med ja eller nej.</p>\n");
        if (units.Count == 0)
        {
            html.Append("<p class=\"self-audit-none\">Inga utredningar avslutades under året eller året före: ").Append(missing).Append(".</p>\n");
            return;
        }

        foreach (var unit in units)
        {
            html.Append("<h3>").Append(WebUtility.HtmlEncode(unit.Unit)).Append("</h3>\n<table class=\"self-audit\" data-unit=\"").Append(WebUtility.HtmlEncode(unit.Unit))
                .Append("\">\n<thead><tr><th>Punkt</th><th>").Append(unit.Year).Append(" (").Append(unit.Cases).Append(" ärenden)</th><th>")
                .Append(unit.PreviousYear).Append(" (").Append(unit.PreviousCases).Append(" ärenden)</th></tr></thead>\n<tbody>\n");
            foreach (var item in unit.Items)
            {
                html.Append("<tr data-item=\"").Append(item.Item).Append("\"><td>").Append(Items.GetValueOrDefault(item.Item, item.Item))
                    .Append("</td><td class=\"value\">").Append(Share(item.ThisYear, missing)).Append("</td><td class=\"value\">")
                    .Append(Share(item.LastYear, missing)).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }
    }

    private static string Share(ItemTally tally, string missing) => tally.ShareYes is { } share
        ? $"{(share * 100).ToString("0.0", Swedish)} % ({tally.Yes} av {tally.Yes + tally.No})"
        : missing;
}
