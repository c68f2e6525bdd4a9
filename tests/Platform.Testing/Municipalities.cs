namespace Platform.Testing;

/// <summary>
/// Hands each test a municipality of its own (a kommunkod no other test uses in this run), so
/// tests need no resets and cannot see each other's data except through a bug.
/// </summary>
public static class Municipalities
{
    private static int _next = 1000;

    /// <summary>A fresh four-digit kommunkod in county 90–99 (no real county uses them).</summary>
    public static string Next()
    {
        var n = Interlocked.Increment(ref _next);
        return (9000 + n % 1000).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
