using System.Text.Json;
using Npgsql;
using Platform.Contracts.Intake;

namespace Platform.EndToEndTests.Foundation;

/// <summary>One spelling of every enum value: the request, the event on the bus and both databases hold the same kebab-case text.</summary>
[Collection(PlatformCollection.Name)]
public sealed class EnumSpellingTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_a_report_with_a_two_word_concern_When_registered_through_the_gateway_Then_the_event_and_both_databases_spell_it_as_the_request()
    {
        // Arrange
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        var events = await bus.ListenAsync<ReportRegistered>();
        using var client = await platform.ForMunicipalityAsync(Municipalities.Next());

        // Act
        var reportId = (await Reports.RegisterAsync(client, Reports.Anmalan(Reports.IdentityNumber(2718), concern: "substance-use"))).GetProperty("reportId").GetGuid();
        var (registered, raw) = await events.WaitForRawAsync(e => e.ReportId == reportId);
        await Reports.AssessmentOfAsync(client, reportId);

        // Assert
        var sent = JsonDocument.Parse(raw).RootElement.GetProperty("message");
        var gender = sent.GetProperty("childGender").GetString()!;
        Assert.Equal("substance-use", sent.GetProperty("concernCategories")[0].GetString());
        Assert.Equal("anmalan", sent.GetProperty("classification").GetString());
        Assert.Equal("school", sent.GetProperty("reporterCategory").GetString());
        Assert.Contains(gender, new[] { "female", "male" });
        Assert.Equal(
            ["substance-use", "e-service", "anmalan", "school", "awaiting-protection-assessment", gender],
            await RowAsync("intake", "SELECT r.concern_categories, r.channel, r.classification, r.reporter_category, r.status, c.gender FROM reports r JOIN children c ON c.id = r.child_id WHERE r.id = @id", reportId));
        Assert.Equal(
            ["substance-use", "anmalan", "school", "opened-assessment", gender, "open"],
            await RowAsync("assessment", "SELECT r.concern_categories, r.classification, r.reporter_category, r.disposition, r.child_gender, a.status FROM assessment_reports r JOIN assessments a ON a.id = r.assessment_id WHERE r.report_id = @id", reportId));
        Assert.Equal(["write"], await RowAsync("intake", "SELECT action FROM access_log WHERE record_id = @id", reportId));
        Assert.Contains("\"substance-use\"", (await RowAsync("intake", "SELECT body FROM outbox_messages WHERE message_id = @id", registered.EventId))[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_the_migrated_assessment_database_When_its_one_open_assessment_index_is_read_Then_it_filters_on_the_stored_spelling()
    {
        // Act
        var definition = await RowAsync("assessment", "SELECT indexdef FROM pg_indexes WHERE indexname = 'ux_assessments_open_child'");

        // Assert
        Assert.Contains("'open'", definition[0], StringComparison.Ordinal);
    }

    /// <summary>One row's columns as text, as the superuser sees them (arrays joined by commas).</summary>
    private async Task<List<string>> RowAsync(string database, string sql, Guid? id = null)
    {
        await using var connection = new NpgsqlConnection(platform.SuperuserConnectionString(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (id is { } value)
        {
            command.Parameters.AddWithValue("id", value);
        }

        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"No row in {database}: {sql}");
        return [.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i) is string[] values ? string.Join(",", values) : reader.GetValue(i).ToString()!)];
    }
}
