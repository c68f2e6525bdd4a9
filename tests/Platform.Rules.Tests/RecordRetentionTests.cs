namespace Platform.Rules.Tests;

public sealed class RecordRetentionTests
{
    public static TheoryData<string, string?, string?, bool, string> Cases => new()
    {
        // Five years after the last entry, leap day included; the act in force on the day of the entry.
        { "2026-12-01", "2015-03-04", "2031-12-01", false, "gallring av personakter enligt SoL (2025:400)" },
        { "2028-02-29", null, "2033-02-28", false, "gallring av personakter enligt SoL (2025:400)" },
        { "2025-06-30", "2012-07-16", "2030-06-30", false, "12 kap. 1–2 §§ SoL (2001:453)" },
        // Born on the 5th, 15th or 25th: kept for research.
        { "2026-12-01", "2015-03-05", null, true, "gallring av personakter enligt SoL (2025:400)" },
        { "2026-12-01", "2010-11-15", null, true, "gallring av personakter enligt SoL (2025:400)" },
        { "2026-12-01", "2019-01-25", null, true, "gallring av personakter enligt SoL (2025:400)" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Given_a_last_entry_and_a_birth_date_When_retention_is_computed_Then_it_is_five_years_on_or_kept(
        string lastEntry, string? born, string? thinnedFrom, bool kept, string reference)
    {
        // Act
        var retention = RecordRetention.For(DateOnly.Parse(lastEntry), born is null ? null : DateOnly.Parse(born));

        // Assert
        Assert.Equal(thinnedFrom is null ? null : DateOnly.Parse(thinnedFrom), retention.ThinnedFrom);
        Assert.Equal(kept, retention.KeptPermanently);
        Assert.Equal(reference, retention.Reference.Text);
        Assert.False(retention.Reference.Verified);
    }
}
