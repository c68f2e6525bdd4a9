namespace Assessment.Data.Configurations;

/// <summary>Column lengths of values only assessment keeps; the rest are <c>CaseworkColumns</c>.</summary>
internal static class Lengths
{
    public const int CaseNumber = 40;
    public const int Operation = 120;
    public const int Provision = 300;
    public const int Municipality = 4;
}
