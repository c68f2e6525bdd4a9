namespace Investigation.Domain.Documentation;

/// <summary>The police-report stance: reported on a day, a documented decision not to (with the reason), or no known crime.</summary>
internal sealed record PoliceReportContent(PoliceReportStance Stance, DateOnly? ReportedOn, string? Reason) : IDocumentationContent
{
    public IDocumentationContent WithoutTexts() => this with { Reason = null };
}
