namespace Quality.Domain.Indicators;

/// <summary>
/// What one case adds to one indicator in one month: a count adds a numerator only (denominator 0), a share or a
/// mean both. The dimensions are the case's own (unit, gender, age band in that month).
/// </summary>
internal sealed record Contribution(string Indicator, string Category, DateOnly Month, string Unit, string Gender, string AgeBand, int Numerator, int Denominator)
{
    public (string, string, DateOnly, string, string, string) Key => (Indicator, Category, Month, Unit, Gender, AgeBand);
}
