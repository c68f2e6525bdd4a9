namespace Platform.Rules;

/// <summary>How a rule's period is counted: in local calendar days, weeks, months or years.</summary>
public enum PeriodUnit
{
    Days,
    Weeks,
    Months,
    Years,
}
