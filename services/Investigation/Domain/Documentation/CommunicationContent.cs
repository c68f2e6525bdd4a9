namespace Investigation.Domain.Documentation;

/// <summary>Material communicated to a party before the decision (kommunicering), and the day.</summary>
internal sealed record CommunicationContent(string? Material, CommunicationParty Party, DateOnly CommunicatedOn) : IDocumentationContent
{
    public IDocumentationContent WithoutTexts() => this with { Material = null };
}
