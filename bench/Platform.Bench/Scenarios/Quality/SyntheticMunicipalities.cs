using System.Globalization;

namespace Platform.Bench.Scenarios.Quality;

/// <summary>
/// Sweden's 290 municipalities by size: a few large and many small, as a Zipf-like spread (exponent 0.85 gives
/// the largest about a tenth of the cases, as Stockholm has of the children). Codes in counties 70–72, which no
/// real county uses, so the bench's other municipalities never mix with them.
/// </summary>
internal static class SyntheticMunicipalities
{
    public const int Count = 290;

    private const double Skew = 0.85;

    public static string Code(int rank) => (7000 + rank).ToString(CultureInfo.InvariantCulture);

    /// <summary>The largest municipality, whose answers are measured.</summary>
    public static string Largest => Code(0);

    public static int[] CasesEach(int total)
    {
        var weights = Enumerable.Range(1, Count).Select(r => Math.Pow(r, -Skew)).ToArray();
        var sum = weights.Sum();
        return [.. weights.Select(w => Math.Max(1, (int)Math.Round(total * w / sum)))];
    }
}
