namespace Platform.EndToEndTests.Fuzz;

/// <summary>
/// Where an operation's cases go: its path with ids filled in (a real record's where the run made one),
/// the municipality and caller, and the other callers each operation also gets.
/// </summary>
internal sealed record FuzzTarget(
    string Template, IReadOnlyDictionary<string, string> Values, string Municipality, FuzzCaller Caller,
    IReadOnlyList<(string Kind, FuzzCaller Caller, FuzzExpectation Expect)> OtherCallers, bool RealRecord)
{
    public string Path => PathWith(null, null);

    public string PathWith(string? name, string? value) => Values.Aggregate(Template, (path, v) =>
        path.Replace("{" + v.Key + "}", v.Key == name ? value : v.Value, StringComparison.Ordinal));
}
