namespace Intake.Domain.Rules;

internal enum PeriodUnit
{
    Hours,
    Days,
    Weeks,
    Months,
    Years,
}
