namespace Investigation.Data.Configurations;

/// <summary>Column lengths of the model.</summary>
internal static class Lengths
{
    public const int Tenant = 4;
    public const int Unit = 100;
    public const int UserId = 100;
    public const int Name = 200;
    public const int Role = 40;
    public const int ProtocolParagraph = 40;
    public const int BirthYearMonth = 7;
    public const int OrganisationNumber = 20;
}
