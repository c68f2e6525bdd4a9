using Placements.Domain.Regional;

namespace Placements.Features.RegionalStatistics;

/// <summary>A table of counts with its totals; a suppressed entry is null (fewer than 5 children, or revealing one that is).</summary>
internal sealed record CrossTable(
    string RowsBy, IReadOnlyList<string> Columns, IReadOnlyList<CrossTableRow> Rows, IReadOnlyList<int?> ColumnTotals, int? Total, int SuppressedEntries)
{
    public static CrossTable Of(string rowsBy, IReadOnlyList<string> rowLabels, IReadOnlyList<string> columns, int[,] counts)
    {
        var hidden = Suppression.Suppress(counts);
        var (rows, cols) = (rowLabels.Count, columns.Count);
        int? Shown(int r, int c, int value) => hidden[r, c] ? null : value;
        var rowTotals = Enumerable.Range(0, rows).Select(r => Enumerable.Range(0, cols).Sum(c => counts[r, c])).ToArray();
        var columnTotals = Enumerable.Range(0, cols).Select(c => Enumerable.Range(0, rows).Sum(r => counts[r, c])).ToArray();
        var table = Enumerable.Range(0, rows)
            .Select(r => new CrossTableRow(rowLabels[r], [.. Enumerable.Range(0, cols).Select(c => Shown(r, c, counts[r, c]))], Shown(r, cols, rowTotals[r])))
            .ToList();
        var suppressed = 0;
        foreach (var entry in hidden)
        {
            suppressed += entry ? 1 : 0;
        }

        return new CrossTable(rowsBy, columns, table, [.. Enumerable.Range(0, cols).Select(c => Shown(rows, c, columnTotals[c]))],
            Shown(rows, cols, columnTotals.Sum()), suppressed);
    }
}

internal sealed record CrossTableRow(string Label, IReadOnlyList<int?> Cells, int? Total);
