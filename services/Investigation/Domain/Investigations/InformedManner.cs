namespace Investigation.Domain.Investigations;

/// <summary>How the guardians were told that an investigation was opened.</summary>
internal enum InformedManner
{
    InPerson,
    Phone,
    Letter,
    Digital,
}
