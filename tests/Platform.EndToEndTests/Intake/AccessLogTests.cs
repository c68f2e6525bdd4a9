using Npgsql;
using Platform.EndToEndTests.Infrastructure;

namespace Platform.EndToEndTests.Intake;

[Collection(PlatformCollection.Name)]
public sealed class AccessLogTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_a_report_When_registered_read_and_assessed_Then_each_access_is_logged_with_who()
    {
        // Arrange
        var municipality = Municipalities.Next();
        var client = await platform.ForMunicipalityAsync(municipality, sub: "anna-" + municipality);
        var reportId = (await client.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(81)))).Id("reportId");

        // Act
        await client.ReportAsync(reportId);
        await client.AssessAsync(reportId, IntakeRequests.Assessment());

        // Assert
        Assert.Equal(["create", "read", "update"], await ActionsOnAsync(reportId, "anna-" + municipality));
    }

    private async Task<List<string>> ActionsOnAsync(Guid reportId, string user)
    {
        await using var connection = new NpgsqlConnection(platform.SuperuserConnectionString("intake"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT action FROM access_log WHERE record_id = @id AND user_id = @user ORDER BY occurred_at, action", connection);
        command.Parameters.AddWithValue("id", reportId);
        command.Parameters.AddWithValue("user", user);
        var actions = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            actions.Add(reader.GetString(0));
        }

        return actions;
    }
}
