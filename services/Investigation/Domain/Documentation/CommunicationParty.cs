namespace Investigation.Domain.Documentation;

/// <summary>Who was given the material before the decision (kommunicering).</summary>
internal enum CommunicationParty
{
    Guardian,
    Child,
    OtherParty,
}
