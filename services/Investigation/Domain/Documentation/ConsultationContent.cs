namespace Investigation.Domain.Documentation;

/// <summary>A consultation or reference contact: with whom (a role or organisation), when, what it gave.</summary>
internal sealed record ConsultationContent(ConsultationKind Kind, string? Party, DateOnly ContactedOn, string? Summary) : IDocumentationContent
{
    public IDocumentationContent WithoutTexts() => this with { Party = null, Summary = null };
}
