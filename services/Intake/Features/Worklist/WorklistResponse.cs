namespace Intake.Features.Worklist;

/// <summary>The worklist, most urgent first; <see cref="Truncated"/> says more reports wait than were listed.</summary>
internal sealed record WorklistResponse(IReadOnlyList<WorklistItem> Items, bool Truncated);
