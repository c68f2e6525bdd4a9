namespace Intake.Domain.Identity;

internal static class Ages
{
    /// <summary>Completed years on a day.</summary>
    public static int On(DateOnly born, DateOnly day)
    {
        var age = day.Year - born.Year;
        return day < born.AddYears(age) ? age - 1 : age;
    }
}
