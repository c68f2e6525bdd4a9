using Investigation.Domain.Investigations;

namespace Investigation.Domain.Caseworkers;

internal static class DocumentingCaseworker
{
    /// <summary>The user who recorded most of the documentation; of equals, the one who recorded last. Null when nothing is recorded.</summary>
    public static string? Of(ChildInvestigation investigation) =>
        investigation.Documentation
            .Where(r => r.RecordedById.Length > 0)
            .GroupBy(r => r.RecordedById, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Max(r => r.RecordedAt))
            .Select(g => g.Key)
            .FirstOrDefault();
}
