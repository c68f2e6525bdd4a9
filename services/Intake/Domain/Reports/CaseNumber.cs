using System.Globalization;

namespace Intake.Domain.Reports;

/// <summary>A case number <c>yyyy-nnnnnn</c>, unique within the municipality and year.</summary>
internal static class CaseNumber
{
    public const int Length = 11;

    public static string Format(int year, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{sequence:D6}");
}
