using System.Text;
using System.Text.Json;
using Npgsql;
using Platform.BuildingBlocks.Messaging;
using Platform.Contracts.Intake;

namespace Platform.EndToEndTests.Foundation;

/// <summary>The outbox stores each message in its MassTransit envelope, and the broker carries exactly those bytes.</summary>
[Collection(PlatformCollection.Name)]
public sealed class OutboxEnvelopeTests(PlatformFixture platform)
{
    private const string ConsumerQueue = "assessment-report-registered";
    private const string EnvelopeType = "application/vnd.masstransit+json";

    [Fact]
    public async Task Given_a_registered_report_When_its_event_is_published_Then_the_bytes_on_the_broker_are_the_stored_envelope()
    {
        // Arrange
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        await using var queue = await RawQueue.BindAsync(platform, bus.ExchangeOf<ReportRegistered>());
        using var client = await platform.ForMunicipalityAsync(Municipalities.Next());

        // Act
        var reportId = (await Reports.RegisterAsync(client, Reports.Anmalan(Reports.IdentityNumber(4242)))).GetProperty("reportId").GetGuid();
        var (messageId, contentType, stored) = await StoredEventAsync("intake", reportId);
        var published = await queue.WaitForAsync(messageId);

        // Assert
        Assert.Equal(EnvelopeType, contentType);
        Assert.Equal(EnvelopeType, published.ContentType);
        Assert.Equal(Encoding.UTF8.GetBytes(stored), published.Body);
        var envelope = JsonDocument.Parse(published.Body).RootElement;
        Assert.Equal(messageId, envelope.GetProperty("messageId").GetGuid());
        Assert.Equal(reportId, envelope.GetProperty("message").GetProperty("reportId").GetGuid());
        Assert.Contains("urn:message:intake:report-registered:v1", envelope.GetProperty("messageType").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task Given_a_report_whose_event_opens_an_assessment_When_the_consumer_adds_its_event_Then_both_envelopes_are_one_conversation()
    {
        // Arrange
        using var client = await platform.ForMunicipalityAsync(Municipalities.Next());
        var reportId = (await Reports.RegisterAsync(client, Reports.Anmalan(Reports.IdentityNumber(4343)))).GetProperty("reportId").GetGuid();

        // Act
        await Reports.AssessmentOfAsync(client, reportId);
        var registered = await StoredEventAsync("intake", reportId);
        var opened = await StoredEventAsync("assessment", reportId);

        // Assert
        Assert.NotEqual(registered.MessageId, opened.MessageId);
        Assert.Equal(ConversationOf(registered.Body), ConversationOf(opened.Body));
    }

    [Fact]
    public async Task Given_a_stored_envelope_that_counts_one_redelivery_When_its_consumer_keeps_failing_Then_only_the_last_redelivery_is_scheduled_before_it_is_parked()
    {
        // Arrange
        var municipality = Municipalities.Next();
        var poison = Reports.Registered(municipality, Guid.NewGuid()) with { ConcernCategories = null! };
        var envelope = OutboxEnvelope.ForEvent(poison, typeof(ReportRegistered), poison.EventId, null, poison.OccurredAt, redelivery: 1);
        var before = await platform.GetQueueMessageCountAsync(ConsumerQueue + "_error") ?? 0;

        // Act
        await InsertEnvelopeAsync(municipality, poison.EventId, envelope);
        await ApiClients.EventuallyAsync<long?>(async () =>
        {
            var count = await platform.GetQueueMessageCountAsync(ConsumerQueue + "_error") ?? 0;
            return count > before ? count : null;
        }, TimeSpan.FromSeconds(60));

        // Assert
        var redeliveries = await RedeliveriesAsync(poison.EventId);
        var (redelivery, body) = Assert.Single(redeliveries);
        Assert.Equal(2, redelivery);
        Assert.Equal(2, JsonDocument.Parse(body).RootElement.GetProperty("headers").GetProperty(InboxFilter.RedeliveryHeader).GetInt32());
    }

    private static Guid ConversationOf(string envelope) => JsonDocument.Parse(envelope).RootElement.GetProperty("conversationId").GetGuid();

    /// <summary>The event about a report, as a service's outbox stores it.</summary>
    private Task<StoredEvent> StoredEventAsync(string service, Guid reportId) => ApiClients.EventuallyAsync(async () =>
    {
        await using var connection = await OpenAsync(service);
        await using var query = new NpgsqlCommand("SELECT message_id, content_type, body FROM outbox_messages WHERE body->'message'->>'reportId' = @id", connection);
        query.Parameters.AddWithValue("id", reportId.ToString());
        await using var reader = await query.ExecuteReaderAsync();
        return await reader.ReadAsync() ? new StoredEvent(reader.GetGuid(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2)) : null;
    });

    /// <summary>An event in intake's outbox whose envelope says what the test wants, as a relay would find it.</summary>
    private async Task InsertEnvelopeAsync(string tenant, Guid messageId, string envelope)
    {
        await using var connection = await OpenAsync("intake");
        await using var insert = new NpgsqlCommand(
            """
            INSERT INTO outbox_messages (message_id, tenant_id, message_type, content_type, body, redelivery, created_at, not_before, attempts)
            VALUES (@id, @tenant, @type, @contentType, @body::json, 0, now(), now(), 0)
            """, connection);
        insert.Parameters.AddWithValue("id", messageId);
        insert.Parameters.AddWithValue("tenant", tenant);
        insert.Parameters.AddWithValue("type", MessageJson.TypeName(typeof(ReportRegistered)));
        insert.Parameters.AddWithValue("contentType", EnvelopeType);
        insert.Parameters.AddWithValue("body", envelope);
        await insert.ExecuteNonQueryAsync();
    }

    /// <summary>The redeliveries the assessment service scheduled for a message, with their stored envelopes.</summary>
    private async Task<List<(int Redelivery, string Body)>> RedeliveriesAsync(Guid messageId)
    {
        await using var connection = await OpenAsync("assessment");
        await using var query = new NpgsqlCommand("SELECT redelivery, body FROM outbox_messages WHERE message_id = @id AND destination IS NOT NULL ORDER BY id", connection);
        query.Parameters.AddWithValue("id", messageId);
        await using var reader = await query.ExecuteReaderAsync();
        var rows = new List<(int, string)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt32(0), reader.GetString(1)));
        }

        return rows;
    }

    private async Task<NpgsqlConnection> OpenAsync(string database)
    {
        var connection = new NpgsqlConnection(platform.SuperuserConnectionString(database));
        await connection.OpenAsync();
        return connection;
    }

    private sealed record StoredEvent(Guid MessageId, string? ContentType, string Body);
}
