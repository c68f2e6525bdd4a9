namespace Platform.BuildingBlocks.Delegation;

/// <summary>Column lengths of the delegation tables.</summary>
internal static class DelegationColumns
{
    public const int UserId = 100;
    public const int Name = 200;
    public const int Role = 40;
    public const int Reference = 100;
    public const int ProtocolParagraph = 40;
}
