namespace Platform.EndToEndTests.EndToEnd;

/// <summary>
/// The fault run in its short mode: a platform of its own under a steady flow, PostgreSQL and then
/// RabbitMQ SIGKILLed and restarted mid-run, and a ledger with nothing lost, nothing applied twice
/// and nothing parked. In the platform collection so it does not run beside the other tests' load.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class FaultRunTests
{
    [Fact]
    public async Task Given_the_flow_under_load_When_the_database_and_the_broker_are_killed_and_restarted_Then_the_ledger_is_clean()
    {
        // Arrange
        using var harness = BenchHarness.Built();

        // Act
        var run = await harness.RunAsync("chaos", "--short");

        // Assert
        var written = harness.Written("chaos-latest-short.md");
        Assert.True(File.Exists(written), $"The fault run wrote no ledger; it exited with {run.ExitCode}:\n{run.Output[^Math.Min(run.Output.Length, 4000)..]}");
        var ledger = await File.ReadAllTextAsync(written);
        Assert.True(run.Succeeded, $"The fault run exited with {run.ExitCode}:\n{ledger}");
        // The whole ledger on failure: which queue holds what, and for what reason, is the diagnosis.
        Assert.True(ledger.Contains("| postgres |", StringComparison.Ordinal), ledger);
        Assert.True(ledger.Contains("| rabbitmq |", StringComparison.Ordinal), ledger);
        Assert.True(ledger.Contains("Lost: 0. Applied twice: 0.", StringComparison.Ordinal), ledger);
        Assert.True(ledger.Contains("| in error queues | 0 |", StringComparison.Ordinal), ledger);
    }
}
