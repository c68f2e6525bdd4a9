namespace PlatformConsole.Worklist;

/// <summary>One thing due for the caller, from whichever service holds it: no names or free text, as the services send none.</summary>
public sealed record WorklistRow(string Kind, string Reference, DateTimeOffset? DueAt, bool Overdue, string? Unit, string? Href, string? Note = null);
