using Npgsql;

namespace Platform.EndToEndTests.Foundation;

/// <summary>The outbox, the inbox and the error path, with the real broker and databases.</summary>
[Collection(PlatformCollection.Name)]
public sealed class MessagingTests(PlatformFixture platform)
{
    private const string ConsumerQueue = "assessment-report-registered";

    [Fact]
    public async Task Given_the_broker_is_down_When_a_report_is_registered_Then_its_event_is_delivered_after_the_broker_returns()
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var client = await platform.ForMunicipalityAsync(municipality);
        await platform.StopBrokerAsync();
        Guid reportId;
        try
        {
            // Act
            var registered = await Reports.RegisterAsync(client, Reports.Anmalan(Reports.IdentityNumber(41)));
            reportId = registered.GetProperty("reportId").GetGuid();
            Assert.Equal(1L, await UnsentOutboxRowsAsync("intake", municipality));
        }
        finally
        {
            await platform.StartBrokerAsync();
        }

        // Assert
        var assessment = await Reports.AssessmentOfAsync(client, reportId, TimeSpan.FromSeconds(60));
        Assert.NotNull(assessment);
        Assert.Equal(0L, await UnsentOutboxRowsAsync("intake", municipality));
    }

    [Fact]
    public async Task Given_an_event_delivered_twice_When_consumed_Then_it_has_one_effect()
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var client = await platform.ForMunicipalityAsync(municipality);
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        var message = Reports.Registered(municipality, Guid.NewGuid());
        var skippedBefore = await SkippedAsync();

        // Act
        await bus.PublishAsync(message, message.EventId);
        await bus.PublishAsync(message, message.EventId);
        await Reports.AssessmentOfAsync(client, message.ReportId);
        await Task.Delay(TimeSpan.FromSeconds(2));

        // Assert
        Assert.Equal(1L, await CountAsync("assessment", municipality, "SELECT count(*) FROM inbox_messages WHERE message_id = @id", message.EventId));
        Assert.Equal(1L, await CountAsync("assessment", municipality, "SELECT count(*) FROM inbox_messages WHERE tenant_id = @tenant", null));
        Assert.Equal(skippedBefore, await SkippedAsync());
    }

    [Fact]
    public async Task Given_a_message_its_consumer_keeps_failing_on_When_retries_and_redeliveries_are_spent_Then_it_is_parked_in_the_error_queue()
    {
        // Arrange
        var municipality = Municipalities.Next();
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        var poison = Reports.Registered(municipality, Guid.NewGuid()) with { ConcernCategories = null! };
        var before = await platform.GetQueueMessageCountAsync(ConsumerQueue + "_error") ?? 0;
        var skippedBefore = await SkippedAsync();

        // Act
        await bus.PublishAsync(poison, poison.EventId);
        var parked = await ApiClients.EventuallyAsync<long?>(async () =>
        {
            var count = await platform.GetQueueMessageCountAsync(ConsumerQueue + "_error") ?? 0;
            return count > before ? count : null;
        }, TimeSpan.FromSeconds(60));

        // Assert
        Assert.True(parked > before);
        Assert.Equal(2L, await CountAsync("assessment", municipality,
            "SELECT count(*) FROM outbox_messages WHERE message_id = @id AND destination IS NOT NULL AND sent_at IS NOT NULL", poison.EventId));
        Assert.Equal(0L, await CountAsync("assessment", municipality, "SELECT count(*) FROM inbox_messages WHERE message_id = @id", poison.EventId));
        Assert.Equal(skippedBefore, await SkippedAsync());
    }

    /// <summary>Messages in the consumer's <c>_skipped</c> queue: a duplicate dropped, or a failure redelivered, is handled, not skipped.</summary>
    private async Task<long> SkippedAsync() => await platform.GetQueueMessageCountAsync(ConsumerQueue + "_skipped") ?? 0;

    private Task<long> UnsentOutboxRowsAsync(string database, string tenant) =>
        CountAsync(database, tenant, "SELECT count(*) FROM outbox_messages WHERE tenant_id = @tenant AND sent_at IS NULL", null);

    private async Task<long> CountAsync(string database, string tenant, string sql, Guid? id)
    {
        await using var connection = new NpgsqlConnection(platform.SuperuserConnectionString(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("tenant", tenant);
        command.Parameters.AddWithValue("id", id ?? Guid.Empty);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
