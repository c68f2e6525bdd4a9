using Platform.BuildingBlocks.Persistence;

namespace Quality.Domain.Indicators;

/// <summary>A case's contribution as stored: what the drill-down lists and what a changed case takes back from the aggregates.</summary>
internal sealed class IndicatorContribution : ITenantOwned
{
    public long Id { get; init; }

    public string TenantId { get; set; } = string.Empty;

    public string Subject { get; init; } = string.Empty;

    public Guid CaseId { get; init; }

    public string Indicator { get; init; } = string.Empty;

    public string Category { get; init; } = string.Empty;

    public DateOnly Month { get; init; }

    public string Unit { get; init; } = string.Empty;

    public string Gender { get; init; } = string.Empty;

    public string AgeBand { get; init; } = string.Empty;

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
