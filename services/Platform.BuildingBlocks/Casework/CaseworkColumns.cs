namespace Platform.BuildingBlocks.Casework;

/// <summary>Column lengths every service that works on cases gives the same kind of value.</summary>
public static class CaseworkColumns
{
    public const int Tenant = 4;
    public const int Unit = 100;
    public const int UserId = 100;
    public const int Name = 200;
    public const int Role = 40;
    public const int Reference = 100;
    public const int ProtocolParagraph = 40;
}
