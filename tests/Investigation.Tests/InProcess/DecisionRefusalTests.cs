using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Investigation.Tests.InProcess;

/// <summary>
/// A decision refused by the delegation order or by the committee rule is published as DecisionRefused (issue 15):
/// one outbox row, and nothing else of the investigation or its access log changes.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class DecisionRefusalTests(InfrastructureFixture infrastructure)
{
    private static readonly DateTimeOffset Opened = new(2026, 10, 31, 10, 0, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData("extensions", false, "extend-investigation", "delegation-order:extend-investigation")]
    [InlineData("decision", false, "decide-open-care", "delegation-order:decide-open-care")]
    [InlineData("decision", true, "decide-open-care", "committee-decisions")]
    public async Task Given_a_caseworker_outside_the_order_When_they_take_a_decision_Then_403_and_only_one_DecisionRefused_is_written(
        string route, bool asCommittee, string decision, string rule)
    {
        // Arrange
        await using var service = InvestigationHost.Start(infrastructure, Opened.AddHours(1));
        using var caseworker = service.Client(unit: "enhet-barn", name: "Kim Refuserad");
        await InvestigationApi.RecordDelegationOrderAsync(infrastructure, service.Municipality);
        var id = await service.OpenAsync(infrastructure, caseworker, service.Municipality, Opened);
        await caseworker.DocumentAsync(id, DateOnly.FromDateTime(Opened.Date));
        var before = await WrittenAsync(service.Municipality);

        // Act
        using var response = await caseworker.PostAsJsonAsync($"/api/investigation/investigations/{id}/{route}", Request(route, asCommittee));

        // Assert
        var problem = await InvestigationApi.ExpectAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal(rule, problem.GetProperty("rule").GetString());
        var after = await WrittenAsync(service.Municipality);
        Assert.Equal(before.AccessLog, after.AccessLog);
        Assert.Equal(before.Outbox.Count + 1, after.Outbox.Count);
        var written = Assert.Single(after.Outbox.Except(before.Outbox));
        Assert.DoesNotContain("Kim Refuserad", written, StringComparison.Ordinal);
        var refused = JsonDocument.Parse(written).RootElement.GetProperty("message");
        Assert.Equal((id, "investigation", decision, rule), (refused.GetProperty("caseId").GetGuid(), refused.GetProperty("caseKind").GetString(),
            refused.GetProperty("decision").GetString(), refused.GetProperty("refusedBy").GetString()));
        Assert.Equal("enhet-barn", refused.GetProperty("deciderUnit").GetString());
        var investigation = await caseworker.GetAsync(id);
        Assert.Equal("open", investigation.GetProperty("status").GetString());
        Assert.False(investigation.GetProperty("extended").GetBoolean());
    }

    private static object Request(string route, bool asCommittee) => route == "extensions"
        ? new { newDueDate = new DateOnly(2027, 3, 31), reason = "Särskilda skäl: barnet kan höras först efter behandlingen." }
        : new
        {
            outcome = "interventions",
            reasoning = InvestigationApi.Text,
            interventions = new[] { InvestigationApi.OpenCare("contact-person") },
            committee = asCommittee ? new { meetingDate = new DateOnly(2026, 10, 31), protocolParagraph = "§ 12" } : null,
        };

    /// <summary>The municipality's outbox bodies in order and its access-log entries, read as the superuser, past row security.</summary>
    private async Task<(List<string> Outbox, long AccessLog)> WrittenAsync(string municipality)
    {
        await using var connection = new NpgsqlConnection(infrastructure.ConnectionString("investigation", Aspire.AppHost.Postgres.PostgresServer.Superuser));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT body::text FROM outbox_messages WHERE tenant_id = @id AND destination IS NULL ORDER BY id; SELECT count(*) FROM access_log WHERE tenant_id = @id;", connection);
        command.Parameters.AddWithValue("id", municipality);
        await using var reader = await command.ExecuteReaderAsync();
        var outbox = new List<string>();
        while (await reader.ReadAsync())
        {
            outbox.Add(reader.GetString(0));
        }

        await reader.NextResultAsync();
        await reader.ReadAsync();
        return (outbox, reader.GetInt64(0));
    }
}
