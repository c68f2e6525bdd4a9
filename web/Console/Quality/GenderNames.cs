namespace PlatformConsole.Quality;

/// <summary>The indicators' gender split keys, in Swedish.</summary>
internal static class GenderNames
{
    public static readonly IReadOnlyList<(string Key, string Name)> All = [("female", "Flickor"), ("male", "Pojkar"), ("unknown", "Okänt kön")];
}
