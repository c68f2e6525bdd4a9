namespace PlatformConsole.Gateway;

/// <summary>
/// The API's codes (decisions, fields, documentation parts, duties, refusal rules) and most common field
/// messages in Swedish, for the people who read them; anything else is shown as the API wrote it.
/// </summary>
internal static class SwedishTexts
{
    private static readonly Dictionary<string, string> Texts = new(StringComparer.OrdinalIgnoreCase)
    {
        // The delegation order's decisions and the assessment's outcomes.
        ["open-investigation"] = "inleda utredning",
        ["do-not-open"] = "inte inleda utredning",
        ["investigation-already-ongoing"] = "utredning pågår redan",
        ["forwarded"] = "överlämna till annan kommun",
        ["forward-to-another-municipality"] = "överlämna till annan kommun",
        ["extend-assessment"] = "förlänga förhandsbedömningen",
        ["extend-investigation"] = "förlänga utredningen",
        ["conclude-without-intervention"] = "avsluta utredningen utan insats",
        ["decide-open-care"] = "besluta om öppenvårdsinsats",
        ["decide-placement"] = "besluta om placering",
        ["placement-for-long-term-care"] = "besluta om placering för stadigvarande vård och fostran",
        ["apply-for-lvu-care"] = "ansöka om vård enligt LVU",
        ["immediate-custody-lvu"] = "omedelbart omhänderta enligt 6 § LVU",
        ["no-intervention"] = "ingen insats",
        ["interventions"] = "insatser",
        // The API's field and documentation-part names, as the forms label them.
        ["prior-knowledge"] = "Tidigare kännedom",
        ["child-view"] = "Barnets synpunkter",
        ["guardians-informed"] = "Vårdnadshavarna informerade",
        ["investigation-plan"] = "Utredningsplan",
        ["child-heard"] = "Barnet har hörts",
        ["consultations"] = "Konsultationer och referenskontakter",
        ["risk-assessment"] = "Riskbedömning",
        ["police-report"] = "Ställningstagande till polisanmälan",
        ["communications"] = "Kommunicering",
        ["needs-assessment"] = "Bedömning av barnets behov",
        ["guardians-ability"] = "Vårdnadshavarnas förmåga",
        ["conclusion"] = "Slutsats",
        ["reasoning"] = "Motivering",
        ["outcome"] = "Beslut",
        ["violenceOverrideReason"] = "Skäl att inte inleda trots våld",
        ["receivedAt"] = "Mottagen",
        ["channel"] = "Kanal",
        ["classification"] = "Typ av ärende",
        ["classificationReason"] = "Skäl till typ av ärende",
        ["description"] = "Beskrivning",
        ["concernCategories"] = "Oro för",
        ["child.identityNumber"] = "Barnets personnummer",
        ["reporter.category"] = "Anmälare",
        ["circumstances"] = "Omständigheter",
        ["actionsTaken"] = "Vidtagna åtgärder",
        ["assessedAt"] = "Bedömd",
        // Field messages; any other is shown as the API wrote it.
        ["Required."] = "Måste fyllas i.",
        ["A four-digit kommunkod."] = "Ange en kommunkod med fyra siffror.",
        ["A two-digit länskod."] = "Ange en länskod med två siffror.",
        ["Give either a municipality or a region."] = "Ange antingen en kommun eller en region.",
        // The placements service's duties.
        ["care-plan"] = "vårdplan",
        ["review"] = "övervägande/omprövning",
        ["visit"] = "besök",
        ["custody-transfer-consideration"] = "överväga vårdnadsöverflyttning",
        ["post-lvu-follow-up"] = "uppföljning efter LVU",
        ["foster-home-record-check"] = "registerkontroll familjehem",
        // The refusal rules (AccessRules) other than the delegation order's.
        ["casework-roles"] = "Din roll får inte arbeta med kommunens ärenden.",
        ["qualified-staff"] = "Det här får bara göras av behörig personal: socionomexamen eller motsvarande (3 kap. 3 a § SoL).",
        ["own-unit"] = "Ärendet tillhör en annan enhet. Du behöver ange ett skäl för att öppna det, och åtkomsten loggas.",
        ["committee-decisions"] = "Nämndens beslut förs in av nämndsekreteraren, med sammanträdesdag och protokollsparagraf.",
        ["delegation-changes"] = "Bara nämndsekreteraren för in delegationsordningen, och bara förvaltningschefen beslutar om vidaredelegering.",
        ["municipal-settings"] = "Bara förvaltningschef och enhetschef ändrar kommunens inställningar.",
        ["log-review"] = "Bara enhetschef, förvaltningschef och kvalitetsutvecklare granskar åtkomstloggen.",
        ["quality-reports"] = "Din roll får inte se det här kvalitetsunderlaget.",
        ["regional-follow-up"] = "Regionens sammanställningar är bara för regionens analytiker, och en kommun skickar bara sina egna uppgifter.",
    };

    public static string Of(string code, string? fallback = null) => Texts.GetValueOrDefault(code, fallback ?? code);
}
