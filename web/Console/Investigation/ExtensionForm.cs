using static PlatformConsole.Components.Shared.FormValues;

namespace PlatformConsole.Investigation;

/// <summary>An extension of the investigation's deadline: a stated later day and the särskilda skäl.</summary>
internal sealed class ExtensionForm
{
    public string? NewDueDate { get; set; }

    public string? Reason { get; set; }

    public object Request() => new { newDueDate = Blank(NewDueDate), reason = Blank(Reason) };
}
