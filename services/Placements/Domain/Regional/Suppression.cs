namespace Placements.Domain.Regional;

/// <summary>
/// Small-cell suppression of a table of counts with its row and column totals (DOMAIN.md §2.6). Primary:
/// every cell or total counting 1–4 children. Secondary: wherever a row or column (its cells and its
/// total) has exactly one suppressed entry, the entry could be worked out by subtraction, so the smallest
/// other entry of that line is suppressed too; repeated until no line has a single suppressed entry.
/// A zero is shown: it reveals no child.
/// </summary>
internal static class Suppression
{
    public const int Threshold = 5;

    public static bool IsSmall(int count) => count is > 0 and < Threshold;

    /// <summary>Which entries to hide: <c>[rows + 1, columns + 1]</c>, the last row and column being the totals.</summary>
    public static bool[,] Suppress(int[,] cells)
    {
        var (rows, columns) = (cells.GetLength(0), cells.GetLength(1));
        var table = new int[rows + 1, columns + 1];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                table[r, c] = cells[r, c];
                table[r, columns] += cells[r, c];
                table[rows, c] += cells[r, c];
                table[rows, columns] += cells[r, c];
            }
        }

        var hidden = new bool[rows + 1, columns + 1];
        for (var r = 0; r <= rows; r++)
        {
            for (var c = 0; c <= columns; c++)
            {
                hidden[r, c] = IsSmall(table[r, c]);
            }
        }

        var lines = Enumerable.Range(0, rows + 1).Select(r => Enumerable.Range(0, columns + 1).Select(c => (r, c)).ToArray())
            .Concat(Enumerable.Range(0, columns + 1).Select(c => Enumerable.Range(0, rows + 1).Select(r => (r, c)).ToArray()))
            .ToArray();
        bool changed;
        do
        {
            changed = false;
            foreach (var line in lines)
            {
                if (line.Count(e => hidden[e.r, e.c]) != 1)
                {
                    continue;
                }

                // Prefer another cell with children over a total or a zero: it protects without hiding more than needed.
                var complement = line.Where(e => !hidden[e.r, e.c])
                    .OrderBy(e => table[e.r, e.c] == 0)
                    .ThenBy(e => e.r == rows || e.c == columns)
                    .ThenBy(e => table[e.r, e.c])
                    .Cast<(int r, int c)?>()
                    .FirstOrDefault();
                if (complement is { } chosen)
                {
                    hidden[chosen.r, chosen.c] = true;
                    changed = true;
                }
            }
        }
        while (changed);

        return hidden;
    }
}
