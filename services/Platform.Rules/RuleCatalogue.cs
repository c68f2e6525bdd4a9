namespace Platform.Rules;

/// <summary>
/// The one place every service asks for a deadline or a legal reference. Periods end at the end of
/// the local day (Europe/Stockholm) they reach, given as the instant the next local day begins; the
/// version of a rule in force on the local day counted from applies.
/// </summary>
public static class RuleCatalogue
{
    public static IReadOnlyList<DeadlineRule> Rules => Catalogue.Rules;

    /// <summary>The version of a rule in force on a local date; throws when the rule did not exist yet.</summary>
    public static DeadlineRule InForce(string ruleId, DateOnly on) =>
        Catalogue.Rules.Where(r => r.Id == ruleId && r.ValidFrom <= on).MaxBy(r => r.ValidFrom)
        ?? throw new InvalidOperationException($"No version of rule {ruleId} is in force on {on:yyyy-MM-dd}.");

    /// <summary>
    /// When the duty is first due, counted from <paramref name="from"/>. A rule with a cut-off counts
    /// from the next local day when <paramref name="from"/> is later than the cut-off:
    /// <paramref name="cutOff"/> is the municipality's, or the rule's default when null.
    /// </summary>
    public static DateTimeOffset Due(string ruleId, DateTimeOffset from, TimeOnly? cutOff = null)
    {
        var rule = InForce(ruleId, StockholmCalendar.LocalDate(from));
        if (cutOff is not null && rule.CutOff is null)
        {
            throw new ArgumentException($"Rule {ruleId} has no cut-off time.", nameof(cutOff));
        }

        return EndOfDayReached(rule.Period, from, cutOff ?? rule.CutOff);
    }

    /// <summary>When the duty is due under the municipality's own period, where the rule lets it tighten (see <see cref="Tightened"/>).</summary>
    public static DateTimeOffset Due(string ruleId, DateTimeOffset from, RulePeriod municipalPeriod)
    {
        var on = StockholmCalendar.LocalDate(from);
        return EndOfDayReached(Tightened(ruleId, on, municipalPeriod), from, InForce(ruleId, on).CutOff);
    }

    /// <summary>When a recurring duty is due again, counted from the last time it was done, under the municipality's period where it may set one.</summary>
    public static DateTimeOffset DueAgain(string ruleId, DateTimeOffset lastDone, RulePeriod? municipalPeriod = null)
    {
        var rule = InForce(ruleId, StockholmCalendar.LocalDate(lastDone));
        var repeat = rule.Repeat ?? throw new InvalidOperationException($"Rule {ruleId} does not recur.");
        return EndOfDayReached(Tighten(rule, repeat, municipalPeriod), lastDone, cutOff: null);
    }

    /// <summary>
    /// The period that applies: the municipality's when the rule is municipal and it lies between the
    /// rule's minimum and its own period, otherwise the catalogue's (a statutory rule never changes).
    /// </summary>
    public static RulePeriod Tightened(string ruleId, DateOnly on, RulePeriod? municipalPeriod)
    {
        var rule = InForce(ruleId, on);
        return Tighten(rule, rule.Period, municipalPeriod);
    }

    /// <summary>The legal text a rule cites on a date, with whether the platform has verified it against the act then in force.</summary>
    public static LegalReference Reference(string ruleId, DateOnly on) =>
        InForce(ruleId, on).References.Where(r => r.ValidFrom <= on).MaxBy(r => r.ValidFrom)!;

    /// <summary>
    /// The text a provision (<c>LegalProvisionIds</c>) cites on a date: the act in force then, with whether
    /// the platform has verified it. Before the provision's earliest text, that earliest text.
    /// </summary>
    public static LegalReference Provision(string provisionId, DateOnly on)
    {
        var texts = Provisions.All.TryGetValue(provisionId, out var found)
            ? found
            : throw new ArgumentException($"Unknown provision {provisionId}.", nameof(provisionId));
        return texts.Where(r => r.ValidFrom <= on).MaxBy(r => r.ValidFrom) ?? texts[0];
    }

    /// <summary>A duty done at the due instant is in time; it is late only after it.</summary>
    public static bool IsOverdue(DateTimeOffset dueAt, DateTimeOffset now) => now > dueAt;

    private static RulePeriod Tighten(DeadlineRule rule, RulePeriod period, RulePeriod? municipalPeriod) =>
        municipalPeriod is not null && rule.Minimum is { } minimum && minimum.IsWithin(municipalPeriod) && municipalPeriod.IsWithin(period)
            ? municipalPeriod
            : period;

    private static DateTimeOffset EndOfDayReached(RulePeriod period, DateTimeOffset from, TimeOnly? cutOff)
    {
        var local = StockholmCalendar.LocalTime(from);
        var start = DateOnly.FromDateTime(local);
        if (cutOff is { } time && TimeOnly.FromDateTime(local) > time)
        {
            start = start.AddDays(1);
        }

        return StockholmCalendar.EndOf(period.From(start));
    }
}
