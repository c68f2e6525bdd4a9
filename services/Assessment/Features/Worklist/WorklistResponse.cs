namespace Assessment.Features.Worklist;

/// <summary>A worklist, soonest due first; <see cref="Truncated"/> says more wait than were listed.</summary>
internal sealed record WorklistResponse<T>(IReadOnlyList<T> Items, bool Truncated);
