namespace Investigation.Domain.Documentation;

/// <summary>A consultation with another professional, or a reference contact the family named.</summary>
internal enum ConsultationKind
{
    Consultation,
    ReferenceContact,
}
