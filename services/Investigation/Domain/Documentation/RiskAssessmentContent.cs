namespace Investigation.Domain.Documentation;

/// <summary>A structured risk assessment: the method (another is named), the result and a comment.</summary>
internal sealed record RiskAssessmentContent(RiskMethod Method, string? MethodName, RiskLevel Result, string? Comment) : IDocumentationContent
{
    public IDocumentationContent WithoutTexts() => this with { Comment = null };
}
