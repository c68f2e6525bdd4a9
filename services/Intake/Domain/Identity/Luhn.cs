namespace Intake.Domain.Identity;

/// <summary>The Luhn (mod 10) check over the ten digits yyMMddnnnc.</summary>
internal static class Luhn
{
    public static bool IsValid(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[i] - '0';
            if (i % 2 == 0)
            {
                d *= 2;
                d = d > 9 ? d - 9 : d;
            }

            sum += d;
        }

        return sum % 10 == 0;
    }
}
