namespace Placements.Domain.Placements;

/// <summary>
/// A Swedish organisation number (organisationsnummer): ten digits, written <c>NNNNNN-NNNN</c> or without
/// the hyphen, whose third digit is at least 2 for a legal person and whose last digit is the Luhn check digit.
/// </summary>
internal static class OrganisationNumber
{
    /// <summary>The ten digits, or null when the text is not a valid organisation number.</summary>
    public static string? Normalise(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var digits = text.Trim().Replace("-", string.Empty, StringComparison.Ordinal);
        if (digits.Length == 12 && digits.StartsWith("16", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }

        return digits.Length == 10 && digits.All(char.IsAsciiDigit) && digits[2] >= '2' && HasLuhnCheckDigit(digits) ? digits : null;
    }

    private static bool HasLuhnCheckDigit(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var value = digits[i] - '0';
            if (i % 2 == 0)
            {
                value *= 2;
                value = value > 9 ? value - 9 : value;
            }

            sum += value;
        }

        return sum % 10 == 0;
    }
}
