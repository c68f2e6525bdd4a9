using Investigation.Domain.Documentation;
using Platform.ServiceDefaults.Problems;

namespace Investigation.Domain.Investigations;

/// <summary>The names a 400 gives the parts still missing, as the API spells them.</summary>
internal static class MissingPartNames
{
    public const string GuardiansInformed = "guardians-informed";

    public static string Of(DocumentationPart part) => part == DocumentationPart.Consultation
        ? "consultations"
        : part == DocumentationPart.Communication ? "communications" : KebabEnum.Name(part);
}
