using System.Text.Json;
using Intake.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.BuildingBlocks.Messaging;
using Platform.BuildingBlocks.Persistence;
using Platform.Contracts.Hosting;

namespace Platform.EndToEndTests.Foundation;

/// <summary>Dead outbox rows, their replay, rows written before envelopes were stored, and the sweep of sent rows, against the real database and broker.</summary>
[Collection(PlatformCollection.Name)]
public sealed class OutboxTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_a_row_that_cannot_be_published_When_the_relay_keeps_failing_Then_it_is_dead_with_its_error()
    {
        // Arrange
        var municipality = Municipalities.Next();
        var messageId = Guid.NewGuid();

        // Act
        await InsertAsync(municipality, messageId, "Platform.Contracts.Intake.NoSuchEvent, Platform.Contracts", "{}", "NULL", "NULL");
        var dead = await ApiClients.EventuallyAsync(() => DeadRowAsync(messageId), TimeSpan.FromSeconds(30));

        // Assert
        Assert.Equal(TestSettings.MaxPublishAttempts, dead.Attempts);
        Assert.Equal(nameof(InvalidOperationException), dead.LastError);
    }

    [Fact]
    public async Task Given_a_dead_row_When_an_operator_replays_it_Then_it_is_published_and_consumed()
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var client = await platform.ForMunicipalityAsync(municipality);
        var message = Reports.Registered(municipality, Guid.NewGuid());
        var body = JsonSerializer.Serialize(message, MessageJson.Options);
        await InsertAsync(municipality, message.EventId, MessageJson.TypeName(message.GetType()), body, "NULL", "now()");
        await using var services = IntakeDatabase();

        // Act
        var replayed = await DeadOutboxMessages.ReplayAsync<IntakeDbContext>(services, await IdOfAsync(message.EventId), CancellationToken.None);

        // Assert
        Assert.Equal(1, replayed);
        Assert.NotNull(await Reports.AssessmentOfAsync(client, message.ReportId, TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Given_a_row_with_a_bare_message_as_written_before_envelopes_When_relayed_Then_it_is_consumed_and_the_row_keeps_the_envelope_it_was_sent_in()
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var client = await platform.ForMunicipalityAsync(municipality);
        var message = Reports.Registered(municipality, Guid.NewGuid());

        // Act
        await InsertAsync(municipality, message.EventId, MessageJson.TypeName(message.GetType()), JsonSerializer.Serialize(message, MessageJson.Options), "NULL", "NULL");
        var assessment = await Reports.AssessmentOfAsync(client, message.ReportId, TimeSpan.FromSeconds(30));

        // Assert
        Assert.NotNull(assessment);
        var (contentType, body) = await SentRowAsync(message.EventId);
        Assert.Equal("application/vnd.masstransit+json", contentType);
        var envelope = JsonDocument.Parse(body).RootElement;
        Assert.Equal(message.EventId, envelope.GetProperty("messageId").GetGuid());
        Assert.Equal(message.ReportId, envelope.GetProperty("message").GetProperty("reportId").GetGuid());
    }

    [Fact]
    public async Task Given_sent_rows_older_and_newer_than_the_retention_When_the_sweep_runs_Then_only_the_older_are_deleted()
    {
        // Arrange
        var municipality = Municipalities.Next();
        var (old, recent, pending) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        const string Unknown = "Platform.Contracts.Intake.NoSuchEvent, Platform.Contracts";
        await InsertAsync(municipality, old, Unknown, "{}", "now() - interval '8 days'", "NULL");
        await InsertAsync(municipality, recent, Unknown, "{}", "now() - interval '6 days'", "NULL");
        await InsertAsync(municipality, pending, Unknown, "{}", "NULL", "now() - interval '8 days'");
        await using var services = IntakeDatabase();
        var sweeper = ActivatorUtilities.CreateInstance<OutboxSweeper<IntakeDbContext>>(services, new MessagingOptions { SentRetention = TimeSpan.FromDays(7) }, TimeProvider.System);

        // Act
        var deleted = await sweeper.SweepAsync(CancellationToken.None);

        // Assert
        Assert.True(deleted >= 1);
        Assert.Equal(0L, await CountAsync(old));
        Assert.Equal(1L, await CountAsync(recent));
        Assert.Equal(1L, await CountAsync(pending));
    }

    /// <summary>Intake's database on its runtime login, as the service itself has it.</summary>
    private ServiceProvider IntakeDatabase()
    {
        var intake = PlatformResources.Service("intake");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration["ConnectionStrings:intake"] = platform.ConnectionString("intake", intake.AppRole);
        builder.Configuration[$"ConnectionStrings:{PlatformResources.MigrationsConnectionName("intake")}"] = platform.ConnectionString("intake", intake.OwnerRole);
        builder.AddServiceDatabase<IntakeDbContext>("intake");
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddLogging();
        return builder.Services.BuildServiceProvider();
    }

    private async Task InsertAsync(string tenant, Guid messageId, string messageType, string body, string sentAt, string deadAt)
    {
        await using var connection = await OpenAsync();
        await using var insert = new NpgsqlCommand(
            $"""
            INSERT INTO outbox_messages (message_id, tenant_id, message_type, body, redelivery, created_at, not_before, attempts, last_error, sent_at, dead_at)
            VALUES (@id, @tenant, @type, @body::json, 0, now(), now(), 0, NULL, {sentAt}, {deadAt})
            """, connection);
        insert.Parameters.AddWithValue("id", messageId);
        insert.Parameters.AddWithValue("tenant", tenant);
        insert.Parameters.AddWithValue("type", messageType);
        insert.Parameters.AddWithValue("body", body);
        await insert.ExecuteNonQueryAsync();
    }

    private async Task<DeadRow?> DeadRowAsync(Guid messageId)
    {
        await using var connection = await OpenAsync();
        await using var query = new NpgsqlCommand("SELECT attempts, last_error FROM outbox_messages WHERE message_id = @id AND dead_at IS NOT NULL", connection);
        query.Parameters.AddWithValue("id", messageId);
        await using var reader = await query.ExecuteReaderAsync();
        return await reader.ReadAsync() ? new DeadRow(reader.GetInt32(0), reader.GetString(1)) : null;
    }

    /// <summary>The row once the relay has marked it sent (shortly after the broker confirmed it).</summary>
    private Task<SentRow> SentRowAsync(Guid messageId) => ApiClients.EventuallyAsync(async () =>
    {
        await using var connection = await OpenAsync();
        await using var query = new NpgsqlCommand("SELECT content_type, body FROM outbox_messages WHERE message_id = @id AND sent_at IS NOT NULL", connection);
        query.Parameters.AddWithValue("id", messageId);
        await using var reader = await query.ExecuteReaderAsync();
        return await reader.ReadAsync() ? new SentRow(reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetString(1)) : null;
    });

    private async Task<long> IdOfAsync(Guid messageId)
    {
        await using var connection = await OpenAsync();
        await using var query = new NpgsqlCommand("SELECT id FROM outbox_messages WHERE message_id = @id", connection);
        query.Parameters.AddWithValue("id", messageId);
        return (long)(await query.ExecuteScalarAsync())!;
    }

    private async Task<long> CountAsync(Guid messageId)
    {
        await using var connection = await OpenAsync();
        await using var query = new NpgsqlCommand("SELECT count(*) FROM outbox_messages WHERE message_id = @id", connection);
        query.Parameters.AddWithValue("id", messageId);
        return (long)(await query.ExecuteScalarAsync())!;
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(platform.SuperuserConnectionString("intake"));
        await connection.OpenAsync();
        return connection;
    }

    private sealed record DeadRow(int Attempts, string LastError);

    private sealed record SentRow(string? ContentType, string Body);
}
