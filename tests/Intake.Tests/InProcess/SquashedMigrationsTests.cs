using System.Net;
using Npgsql;
using Platform.Contracts.Hosting;

namespace Intake.Tests.InProcess;

/// <summary>
/// A database migrated by the migrations the baseline squashed (ADR 16) carries on: the service records
/// the baseline in their place instead of creating the schema again over the one it has.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class SquashedMigrationsTests(InfrastructureFixture infrastructure)
{
    private const string Baseline = "20261201204044_Baseline";
    private const string LastReplaced = "20261201173405_RegistrationRules";
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(1));

    private static readonly string[] Replaced =
    [
        "20261124000000_Initial", "20261124000100_Children", "20261124000200_Reports", "20261124000300_Assessments",
        "20261124000400_AccessLog", "20261201142733_Baseline", "20261201152940_KebabCaseEnums", "20261201154025_OutboxDeadRowsAndSweep",
        "20261201165014_AccessLogFromBuildingBlocks", "20261201165134_OutboxStoresEnvelopes", LastReplaced,
    ];

    private string Owner => infrastructure.ConnectionStrings(IntakeServiceName)[$"ConnectionStrings:{PlatformResources.MigrationsConnectionName(IntakeServiceName)}"];

    private static string IntakeServiceName => global::Intake.IntakeServiceCollectionExtensions.ServiceName;

    [Fact]
    public async Task Given_a_database_migrated_by_the_replaced_migrations_When_the_service_starts_Then_it_records_the_baseline_in_their_place_and_serves()
    {
        // Arrange: the schema as it is, with the history the replaced migrations left.
        await StartAndCallAsync();
        await RewriteHistoryAsync(Replaced);

        // Act
        var status = await StartAndCallAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([Baseline], await HistoryAsync());
    }

    [Fact]
    public async Task Given_a_database_that_stopped_part_way_through_the_replaced_migrations_When_the_service_starts_Then_it_refuses_and_says_why()
    {
        // Arrange
        await StartAndCallAsync();
        await RewriteHistoryAsync(Replaced[..^1]);

        try
        {
            // Act
            var failure = await Record.ExceptionAsync(StartAndCallAsync);

            // Assert
            Assert.NotNull(failure);
            Assert.Contains(LastReplaced, failure.ToString(), StringComparison.Ordinal);
            Assert.Equal(Replaced[..^1], await HistoryAsync());
        }
        finally
        {
            await RewriteHistoryAsync([Baseline]);
        }
    }

    private async Task<HttpStatusCode> StartAndCallAsync()
    {
        await using var service = IntakeHost.Start(infrastructure, Now);
        using var client = service.Client();
        using var response = await client.GetAsync("/api/intake/reports");
        return response.StatusCode;
    }

    private async Task RewriteHistoryAsync(IEnumerable<string> ids)
    {
        await using var connection = new NpgsqlConnection(Owner);
        await connection.OpenAsync();
        await using var batch = new NpgsqlBatch(connection) { BatchCommands = { new("DELETE FROM \"__EFMigrationsHistory\"") } };
        foreach (var id in ids)
        {
            batch.BatchCommands.Add(new("INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ($1, '10.0.15')") { Parameters = { new() { Value = id } } });
        }

        await batch.ExecuteNonQueryAsync();
    }

    private async Task<string[]> HistoryAsync()
    {
        await using var connection = new NpgsqlConnection(Owner);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY 1", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<string>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return [.. ids];
    }
}
