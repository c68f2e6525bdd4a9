namespace Placements.Data.Configurations;

/// <summary>Column lengths shared by the model and the migrations.</summary>
internal static class Lengths
{
    public const int Tenant = 4;
    public const int Unit = 100;
    public const int UserId = 100;
    public const int Name = 200;
    public const int Role = 40;
    public const int ProtocolParagraph = 40;
    public const int OrganisationNumber = 10;
    public const int YearMonth = 7;
    public const int Key = 64;
    public const int Note = 4000;
}
