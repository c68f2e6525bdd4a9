namespace Quality.Domain.Indicators;

/// <summary>A case's contribution as stored: what the drill-down lists and what a changed case takes back from the aggregates.</summary>
internal sealed class IndicatorContribution : IndicatorCellColumns
{
    public long Id { get; init; }

    public string Subject { get; init; } = string.Empty;

    public Guid CaseId { get; init; }

    public int Numerator { get; init; }

    public int Denominator { get; init; }

    public Contribution ToContribution() => new(Indicator, Category, Month, Unit, Gender, AgeBand, Numerator, Denominator);

    public static IndicatorContribution From(string subject, Guid caseId, Contribution c) => new()
    {
        Subject = subject,
        CaseId = caseId,
        Indicator = c.Indicator,
        Category = c.Category,
        Month = c.Month,
        Unit = c.Unit,
        Gender = c.Gender,
        AgeBand = c.AgeBand,
        Numerator = c.Numerator,
        Denominator = c.Denominator,
    };
}
