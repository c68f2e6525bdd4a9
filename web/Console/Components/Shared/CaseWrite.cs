namespace PlatformConsole.Components.Shared;

/// <summary>A write a case page's form sends: the form (where a problem shows), the action below the case's path, the body, POST or PUT.</summary>
public sealed record CaseWrite(string Form, string Action, object Body, bool Post = true);
