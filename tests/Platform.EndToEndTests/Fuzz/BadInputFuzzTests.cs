using Xunit.Abstractions;

namespace Platform.EndToEndTests.Fuzz;

/// <summary>
/// Every operation of every service's OpenAPI document, through the gateway, gets bad input of every kind
/// generated from its parameters and body schema (<see cref="FuzzCases"/>): no answer is a 5xx, every 400
/// names a field, bad tokens are 401, another municipality's record is 404, and a refused request writes nothing.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class BadInputFuzzTests(PlatformFixture platform, ITestOutputHelper output)
{
    [Fact]
    public async Task Given_every_documented_operation_When_sent_bad_input_of_every_kind_Then_no_5xx_400s_name_a_field_and_refusals_write_nothing()
    {
        // Arrange
        using var gateway = platform.CreateGatewayClient();
        var operations = await ApiOperation.ReadAllAsync(gateway);
        var records = await FuzzRecords.MakeAsync(platform);
        var plans = await Task.WhenAll(operations.Select(o => FuzzPlan.MakeAsync(platform, o, records)));
        using var run = new FuzzRun(platform);

        // Act: a municipality with a real record takes its operations one after another, so each is checked on its own.
        var lanes = plans.GroupBy(p => p.Target.RealRecord ? p.Target.Municipality : p.Operation.Name);
        await Parallel.ForEachAsync(lanes, new ParallelOptions { MaxDegreeOfParallelism = 3 }, async (lane, _) =>
        {
            foreach (var plan in lane)
            {
                await plan.RunAsync(platform, run);
            }
        });

        // Assert
        foreach (var plan in plans.OrderBy(p => p.Operation.Service, StringComparer.Ordinal))
        {
            output.WriteLine(plan.Summary);
        }

        output.WriteLine($"{plans.Sum(p => p.Cases.Count)} cases over {plans.Length} operations");
        Assert.True(run.Failures.IsEmpty, string.Join('\n', run.Failures.Order(StringComparer.Ordinal)));
        Assert.All(plans, p => Assert.NotEmpty(p.Cases));
    }
}
