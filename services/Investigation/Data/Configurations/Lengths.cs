namespace Investigation.Data.Configurations;

/// <summary>Column lengths of values only investigation keeps; the rest are <c>CaseworkColumns</c>.</summary>
internal static class Lengths
{
    public const int BirthYearMonth = 7;
    public const int OrganisationNumber = 20;
}
