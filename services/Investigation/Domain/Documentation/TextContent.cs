namespace Investigation.Domain.Documentation;

/// <summary>A text part: the child's own view, the assessment of needs, of the guardians' ability, the conclusion.</summary>
internal sealed record TextContent(string? Text) : IDocumentationContent
{
    public IDocumentationContent WithoutTexts() => this with { Text = null };
}
