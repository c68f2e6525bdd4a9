using System.Globalization;
using System.Text.RegularExpressions;
using Platform.Contracts.Intake;

namespace Intake.Domain.Identity;

/// <summary>
/// A Swedish personnummer or samordningsnummer, held as its twelve canonical digits
/// (<c>yyyyMMddnnnc</c>) so that every written form of one number is the same key.
/// </summary>
internal sealed partial record IdentityNumber(string Digits, DateOnly BirthDate, LegalGender Gender, bool IsCoordinationNumber)
{
    // Samordningsnummer add 60 to the day of birth (folkbokföringslagen 18 a §).
    private const int CoordinationDayOffset = 60;

    public int AgeOn(DateOnly day) => Ages.On(BirthDate, day);

    /// <summary>Reads any written form; <paramref name="error"/> says why not, without echoing the number.</summary>
    public static bool TryParse(string? text, DateOnly today, out IdentityNumber? number, out string? error)
    {
        number = null;
        var match = text is null ? Match.Empty : Shape().Match(text.Trim());
        if (!match.Success)
        {
            error = "Not 10 or 12 digits with an optional - or + before the last four.";
            return false;
        }

        var (century, yymmdd, separator, serial) =
            (match.Groups["century"].Value, match.Groups["date"].Value, match.Groups["sep"].Value, match.Groups["serial"].Value);
        if (!Luhn.IsValid(yymmdd + serial))
        {
            error = "The check digit is wrong.";
            return false;
        }

        var (yy, month, dayField) = (Int(yymmdd[..2]), Int(yymmdd[2..4]), Int(yymmdd[4..]));
        var coordination = dayField > CoordinationDayOffset;
        var day = coordination ? dayField - CoordinationDayOffset : dayField;
        var year = century.Length > 0 ? Int(century) * 100 + yy : ImpliedYear(yy, month, day, separator == "+", today);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = "The birth date in the number does not exist.";
            return false;
        }

        var birthDate = new DateOnly(year, month, day);
        if (birthDate > today)
        {
            error = "The birth date in the number is in the future.";
            return false;
        }

        if (separator == "+" && birthDate.AddYears(100) > today)
        {
            error = "The + separator is only for people aged 100 or more.";
            return false;
        }

        var gender = Int(serial[2..3]) % 2 == 1 ? LegalGender.Male : LegalGender.Female;
        number = new IdentityNumber($"{year:D4}{month:D2}{dayField:D2}{serial}", birthDate, gender, coordination);
        error = null;
        return true;
    }

    // A ten-digit number names no century: the person is under 100 ('-') or 100 or older ('+').
    private static int ImpliedYear(int yy, int month, int day, bool hundredOrOlder, DateOnly today)
    {
        var year = today.Year - today.Year % 100 + yy;
        if ((year, month, day).CompareTo((today.Year, today.Month, today.Day)) > 0)
        {
            year -= 100;
        }

        return hundredOrOlder ? year - 100 : year;
    }

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<century>[0-9]{2})?(?<date>[0-9]{6})(?<sep>[-+]?)(?<serial>[0-9]{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
