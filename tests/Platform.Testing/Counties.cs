namespace Platform.Testing;

/// <summary>
/// Hands a test a county (län) of its own, for tests of a region's view: every municipality of
/// <see cref="Municipalities"/> lies in county 90, so a region's counts there are shared by every test.
/// </summary>
public static class Counties
{
    private static int _next = 29;

    /// <summary>A fresh two-digit länskod in 30–89 (no real county uses them).</summary>
    public static string Next()
    {
        var n = Interlocked.Increment(ref _next);
        return (30 + ((n - 30) % 60)).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The county's municipality number <paramref name="n"/> (01–99).</summary>
    public static string Municipality(string county, int n) => county + n.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
}
