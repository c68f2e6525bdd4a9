namespace Platform.Rules;

/// <summary>
/// The legal text a rule cites from <paramref name="ValidFrom"/> on. <paramref name="Verified"/> is false
/// where the platform has not checked the section against the act in force on that date.
/// </summary>
public sealed record LegalReference(string Text, DateOnly ValidFrom, bool Verified)
{
    /// <summary>The marker a reference the platform has not verified carries wherever users see it.</summary>
    public const string UnverifiedMarker = "(unverified)";

    /// <summary>The text as users see it: an unverified reference says so.</summary>
    public string Display => Verified ? Text : $"{Text} {UnverifiedMarker}";
}
