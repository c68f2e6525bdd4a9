namespace Placements.Data.Configurations;

/// <summary>Column lengths of values only placements keeps; the rest are <c>CaseworkColumns</c>.</summary>
internal static class Lengths
{
    public const int OrganisationNumber = 10;
    public const int YearMonth = 7;
    public const int Key = 64;
    public const int Note = 4000;
}
