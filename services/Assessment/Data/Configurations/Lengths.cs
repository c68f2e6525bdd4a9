namespace Assessment.Data.Configurations;

/// <summary>Column lengths shared by the model and the hand-written migrations.</summary>
internal static class Lengths
{
    public const int Unit = 100;
    public const int UserId = 100;
    public const int Name = 200;
    public const int Role = 40;
    public const int CaseNumber = 40;
    public const int Reference = 100;
    public const int Operation = 120;
    public const int ProtocolParagraph = 40;
    public const int Provision = 300;
    public const int Municipality = 4;
}
