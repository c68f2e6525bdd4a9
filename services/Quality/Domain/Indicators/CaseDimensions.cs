using Platform.Contracts.Intake;
using Platform.Rules;

namespace Quality.Domain.Indicators;

/// <summary>The unit, gender and birth month a case is counted under; its age band depends on the month counted.</summary>
internal sealed record CaseDimensions(string? Unit, LegalGender Gender, string? BirthYearMonth)
{
    public const string UnknownUnit = "";

    public Contribution Count(string indicator, DateTimeOffset at, string category = "") => Share(indicator, at, 1, 0, category);

    public Contribution Share(string indicator, DateTimeOffset at, int numerator, int denominator = 1, string category = "") =>
        On(indicator, StockholmCalendar.LocalDate(at), numerator, denominator, category);

    /// <summary>The age band is the child's on <paramref name="ageOn"/> when given: an end is counted in the band its start was, so a stock balances.</summary>
    public Contribution On(string indicator, DateOnly date, int numerator, int denominator, string category = "", DateOnly? ageOn = null) =>
        new(indicator, category, new DateOnly(date.Year, date.Month, 1), Unit ?? UnknownUnit, GenderKey(Gender), AgeBands.At(BirthYearMonth, ageOn ?? date), numerator, denominator);

    public static string GenderKey(LegalGender gender) => gender switch
    {
        LegalGender.Female => "female",
        LegalGender.Male => "male",
        _ => "unknown",
    };
}
