namespace Intake.Domain.Reports;

/// <summary>Sizes of free text and names; the columns have the same lengths.</summary>
internal static class IntakeLimits
{
    public const int DescriptionLength = 8000;
    public const int CircumstancesLength = 8000;
    public const int ActionsTakenLength = 4000;
    public const int ReasonLength = 2000;
    public const int NameLength = 200;
    public const int UnitLength = 100;
    public const int UserIdLength = 200;
    public const int RoleLength = 40;

    /// <summary>Clocks of callers run slightly ahead; a receipt this far in the future is still "now".</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(2);

    /// <summary>A receipt older than this is almost certainly a typing error in the year.</summary>
    public static readonly TimeSpan OldestReceipt = TimeSpan.FromDays(366);
}
