using Quality.Domain.SelfAudit;

namespace Quality.Tests.Unit;

public sealed class StratifiedDrawTests
{
    [Fact]
    public void Given_four_strata_of_ten_When_twenty_are_drawn_Then_each_stratum_gives_five()
    {
        // Arrange
        var population = Population(("0-6/female", 10), ("0-6/male", 10), ("13-17/female", 10), ("13-17/male", 10));

        // Act
        var drawn = StratifiedDraw.Draw(population, seed: 7, size: 20);

        // Assert
        Assert.Equal(20, drawn.Distinct().Count());
        var strata = population.ToDictionary(c => c.CaseId, c => c.Stratum);
        Assert.All(drawn.GroupBy(id => strata[id]), g => Assert.Equal(5, g.Count()));
    }

    [Fact]
    public void Given_a_seed_When_drawn_again_over_the_population_in_another_order_Then_the_same_cases_are_drawn()
    {
        // Arrange
        var population = Population(("7-12/female", 12), ("7-12/male", 9), ("unknown/unknown", 4));

        // Act
        var first = StratifiedDraw.Draw(population, seed: 2026, size: 20);
        var again = StratifiedDraw.Draw(Enumerable.Reverse(population), seed: 2026, size: 20);
        var otherSeed = StratifiedDraw.Draw(population, seed: 2027, size: 20);

        // Assert
        Assert.Equal(first, again);
        Assert.NotEqual(first.Order(), otherSeed.Order());
    }

    [Fact]
    public void Given_fewer_cases_than_the_sample_When_drawn_Then_all_are_taken()
    {
        // Arrange
        var population = Population(("0-6/female", 2), ("18-20/male", 1));

        // Act
        var drawn = StratifiedDraw.Draw(population, seed: 1, size: 20);

        // Assert
        Assert.Equal(population.Select(c => c.CaseId).Order(), drawn.Order());
    }

    [Fact]
    public void Given_four_caseworkers_over_two_strata_When_twenty_are_drawn_Then_each_caseworker_gives_five_and_each_stratum_ten()
    {
        // Arrange: one caseworker documented most cases, as in a unit where one carries the heaviest load
        string[] caseworkers = [Guid.NewGuid().ToString(), Guid.NewGuid().ToString(), Guid.NewGuid().ToString(), SampleCandidate.UnknownCaseworker];
        List<SampleCandidate> population =
        [
            .. from caseworker in caseworkers
               from stratum in new[] { "7-12/female", "13-17/male" }
               from _ in Enumerable.Range(0, caseworker == caseworkers[0] ? 30 : 6)
               select new SampleCandidate(Guid.NewGuid(), stratum, caseworker),
        ];

        // Act
        var drawn = StratifiedDraw.Draw(population, seed: 11, size: 20);

        // Assert
        var byId = population.ToDictionary(c => c.CaseId);
        Assert.All(drawn.GroupBy(id => byId[id].Caseworker), g => Assert.Equal(5, g.Count()));
        Assert.All(drawn.GroupBy(id => byId[id].Stratum), g => Assert.Equal(10, g.Count()));
        Assert.Equal(4, drawn.Select(id => byId[id].Caseworker).Distinct().Count());
    }

    private static List<SampleCandidate> Population(params (string Stratum, int Count)[] strata) =>
        [.. strata.SelectMany(s => Enumerable.Range(0, s.Count).Select(_ => new SampleCandidate(Guid.NewGuid(), s.Stratum)))];
}
