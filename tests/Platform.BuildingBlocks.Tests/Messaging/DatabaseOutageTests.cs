using System.Net.Sockets;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Platform.BuildingBlocks.Messaging;

namespace Platform.BuildingBlocks.Tests.Messaging;

/// <summary>
/// A consumer's redelivery is written to the database; while that database is out, the write waits
/// for it instead of sending the message to the error queue (found by the fault run: a PostgreSQL
/// restart parked messages nothing was wrong with).
/// </summary>
public sealed class DatabaseOutageTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromHours(1);

    [Theory]
    [InlineData("57P03")]
    [InlineData("57P01")]
    [InlineData("08006")]
    public void Given_the_server_restarting_or_the_connection_cut_When_classified_Then_it_is_an_outage(string sqlState)
    {
        // Arrange
        var failure = new InvalidOperationException("wrapped", new PostgresException("down", "FATAL", "FATAL", sqlState));

        // Act
        var outage = DatabaseOutage.Is(failure);

        // Assert
        Assert.True(outage);
    }

    [Fact]
    public void Given_a_refused_statement_When_classified_Then_it_is_not_an_outage()
    {
        // Arrange
        var failure = new PostgresException("duplicate key", "ERROR", "ERROR", "23505");

        // Act
        var outage = DatabaseOutage.Is(failure);

        // Assert
        Assert.False(outage);
    }

    [Fact]
    public async Task Given_the_database_unreachable_twice_When_the_write_is_outlasted_Then_the_third_attempt_writes_it()
    {
        // Arrange
        var time = new FakeTimeProvider();
        var attempts = 0;
        var resets = 0;
        Task Write() => ++attempts <= 2 ? throw new NpgsqlException("unreachable", new SocketException((int)SocketError.ConnectionRefused)) : Task.CompletedTask;

        // Act
        var outlasted = DatabaseOutage.OutlastAsync(Write, () => resets++, Limit, time, CancellationToken.None);
        while (!outlasted.IsCompleted)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Yield();
        }

        await outlasted;

        // Assert
        Assert.Equal(3, attempts);
        Assert.Equal(2, resets);
    }

    [Fact]
    public async Task Given_a_failure_that_is_no_outage_When_the_write_is_outlasted_Then_it_is_thrown_at_once()
    {
        // Arrange
        var attempts = 0;
        Task Write() => ++attempts > 0 ? throw new InvalidOperationException("the consumer's own fault") : Task.CompletedTask;

        // Act
        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => DatabaseOutage.OutlastAsync(Write, () => { }, Limit, new FakeTimeProvider(), CancellationToken.None));

        // Assert
        Assert.Equal("the consumer's own fault", thrown.Message);
        Assert.Equal(1, attempts);
    }
}
