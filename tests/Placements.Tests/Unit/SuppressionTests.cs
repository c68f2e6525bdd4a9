extern alias placements;

using placements::Placements.Domain.Regional;

namespace Placements.Tests.Unit;

/// <summary>The small-cell suppression of the region's tables, as pure code.</summary>
public sealed class SuppressionTests
{
    [Fact]
    public void Given_one_small_cell_When_suppressed_Then_a_complement_in_its_row_and_its_column_hides_it_from_subtraction()
    {
        // Arrange: row 0 = [3, 10], row 1 = [8, 12]
        var cells = new[,] { { 3, 10 }, { 8, 12 } };

        // Act
        var hidden = Suppression.Suppress(cells);

        // Assert: every cell hidden, every total shown
        Assert.True(hidden[0, 0] && hidden[0, 1] && hidden[1, 0] && hidden[1, 1]);
        Assert.False(hidden[0, 2] || hidden[1, 2] || hidden[2, 0] || hidden[2, 1] || hidden[2, 2]);
        AssertNoLineWithOneHidden(hidden);
    }

    [Fact]
    public void Given_only_large_cells_and_zeros_When_suppressed_Then_nothing_is_hidden()
    {
        // Arrange
        var cells = new[,] { { 5, 0, 9 }, { 0, 7, 20 } };

        // Act
        var hidden = Suppression.Suppress(cells);

        // Assert
        Assert.DoesNotContain(true, hidden.Cast<bool>());
    }

    [Fact]
    public void Given_a_small_row_total_When_suppressed_Then_the_total_and_its_cells_are_hidden_and_the_column_protects_them()
    {
        // Arrange: row 0 totals 4 (1 + 3), row 1 is large
        var cells = new[,] { { 1, 3 }, { 6, 9 } };

        // Act
        var hidden = Suppression.Suppress(cells);

        // Assert
        Assert.True(hidden[0, 0] && hidden[0, 1] && hidden[0, 2]);
        Assert.True(hidden[1, 0] || hidden[2, 0]);
        AssertNoLineWithOneHidden(hidden);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Given_a_random_table_with_small_cells_When_suppressed_Then_no_row_or_column_has_a_single_hidden_entry(int seed)
    {
        // Arrange
        var random = new Random(seed);
        var cells = new int[6, 7];
        for (var r = 0; r < 6; r++)
        {
            for (var c = 0; c < 7; c++)
            {
                cells[r, c] = random.Next(0, 12);
            }
        }

        // Act
        var hidden = Suppression.Suppress(cells);

        // Assert
        for (var r = 0; r < 6; r++)
        {
            for (var c = 0; c < 7; c++)
            {
                Assert.True(!Suppression.IsSmall(cells[r, c]) || hidden[r, c]);
            }
        }

        AssertNoLineWithOneHidden(hidden);
    }

    private static void AssertNoLineWithOneHidden(bool[,] hidden)
    {
        var (rows, columns) = (hidden.GetLength(0), hidden.GetLength(1));
        for (var r = 0; r < rows; r++)
        {
            Assert.NotEqual(1, Enumerable.Range(0, columns).Count(c => hidden[r, c]));
        }

        for (var c = 0; c < columns; c++)
        {
            Assert.NotEqual(1, Enumerable.Range(0, rows).Count(r => hidden[r, c]));
        }
    }
}
