namespace Investigation.Domain.Documentation;

/// <summary>The investigation plan: whether the family was invited to take part, and why (or why not).</summary>
internal sealed record InvestigationPlanContent(bool FamilyInvited, string? Reason) : IDocumentationContent
{
    public IDocumentationContent WithoutTexts() => this with { Reason = null };
}
