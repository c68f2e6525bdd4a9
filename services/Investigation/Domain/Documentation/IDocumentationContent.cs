namespace Investigation.Domain.Documentation;

/// <summary>The structured content of one documentation record; its free text can be hidden from a reader who may not see it.</summary>
internal interface IDocumentationContent
{
    /// <summary>The same record with every free-text field left out.</summary>
    IDocumentationContent WithoutTexts();
}
