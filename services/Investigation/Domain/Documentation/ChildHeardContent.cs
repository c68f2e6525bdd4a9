namespace Investigation.Domain.Documentation;

/// <summary>Whether the child was heard, and why not.</summary>
internal sealed record ChildHeardContent(bool Heard, string? Reason) : IDocumentationContent
{
    public IDocumentationContent WithoutTexts() => this with { Reason = null };
}
