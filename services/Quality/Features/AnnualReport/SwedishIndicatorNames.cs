using Quality.Domain.Indicators;

namespace Quality.Features.AnnualReport;

/// <summary>The report is read by a committee in Swedish: each indicator's name, in the catalogue's order.</summary>
internal static class SwedishIndicatorNames
{
    private static readonly Dictionary<string, string> Names = new()
    {
        [IndicatorCatalogue.ReportsReceived] = "Inkomna anmälningar",
        [IndicatorCatalogue.ProtectionWithin24Hours] = "Skyddsbedömningar inom 24 timmar",
        [IndicatorCatalogue.FeedbackGiven] = "Återkoppling till anmälare",
        [IndicatorCatalogue.AssessmentsOpened] = "Inledda förhandsbedömningar",
        [IndicatorCatalogue.AssessmentsWithin14Days] = "Förhandsbedömningar inom 14 dagar",
        [IndicatorCatalogue.AssessmentsLate] = "Förhandsbedömningar efter lagstadgad tid",
        [IndicatorCatalogue.DecisionsWithoutDelegation] = "Beslut utan giltig delegation",
        [IndicatorCatalogue.InvestigationsOpened] = "Inledda utredningar",
        [IndicatorCatalogue.InvestigationsOngoing] = "Pågående utredningar vid årets slut",
        [IndicatorCatalogue.InvestigationsWithin4Months] = "Utredningar inom 4 månader",
        [IndicatorCatalogue.InvestigationDays0To90] = "Utredningstid 0–90 dagar",
        [IndicatorCatalogue.InvestigationDays91To123] = "Utredningstid 91–123 dagar",
        [IndicatorCatalogue.InvestigationDaysOver123] = "Utredningstid över 123 dagar",
        [IndicatorCatalogue.ViolenceInterventionDuringInvestigation] = "Insats under utredning vid våld",
        [IndicatorCatalogue.InterventionsStartedLate] = "Insatser verkställda efter mer än 3 månader",
        [IndicatorCatalogue.InterventionsEndedUnexecuted] = "Beviljade insatser som aldrig verkställdes",
        [IndicatorCatalogue.PlacementsStarted] = "Påbörjade placeringar",
        [IndicatorCatalogue.PlacementsOngoing] = "Pågående placeringar vid årets slut",
        [IndicatorCatalogue.PlacementLengthDays] = "Placeringstid i dagar (medel)",
        [IndicatorCatalogue.UnplannedEndings] = "Oplanerade avslut (sammanbrott)",
        [IndicatorCatalogue.InterventionsNotExecuted] = "Beviljade insatser ej verkställda inom 3 månader",
        [IndicatorCatalogue.ReviewsOverdue] = "Placeringar med försenat övervägande",
        [IndicatorCatalogue.VisitsOverdue] = "Placeringar med försenat besök",
        [IndicatorCatalogue.CustodyConsiderationsOverdue] = "Familjehemsplaceringar med försenad prövning av vårdnadsöverflyttning",
    };

    public static string Of(string id) => Names.GetValueOrDefault(id, id);
}
