namespace Platform.Rules;

/// <summary>
/// The legal text a rule cites from <paramref name="ValidFrom"/> on. <paramref name="Verified"/> is false
/// where the platform has not checked the section against the act in force on that date.
/// </summary>
public sealed record LegalReference(string Text, DateOnly ValidFrom, bool Verified);
