using Npgsql;
using Platform.Contracts.Hosting;

namespace Platform.EndToEndTests.Infrastructure;

/// <summary>The database roles the AppHost provisions are what row-level security relies on.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DatabaseRoleTests(PlatformFixture platform)
{
    public static TheoryData<string> Services => [.. PlatformResources.Services.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Given_a_service_When_its_runtime_role_is_inspected_Then_it_is_neither_superuser_nor_exempt_from_row_security(string service)
    {
        // Arrange
        var role = PlatformResources.Service(service).AppRole;
        await using var connection = new NpgsqlConnection(platform.SuperuserConnectionString());
        await connection.OpenAsync();

        // Act
        await using var command = new NpgsqlCommand("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = @role", connection);
        command.Parameters.AddWithValue("role", role);
        var privileged = await command.ExecuteScalarAsync();

        // Assert
        Assert.Equal(false, privileged);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Given_a_service_When_its_runtime_role_creates_a_table_Then_it_is_refused(string service)
    {
        // Arrange
        var role = PlatformResources.Service(service).AppRole;
        await using var connection = new NpgsqlConnection(platform.ConnectionString(service, role));
        await connection.OpenAsync();

        // Act
        await using var command = new NpgsqlCommand("CREATE TABLE not_allowed (id int)", connection);
        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        // Assert
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
    }

    /// <summary>The access log is evidence for loggkontroll: every service keeps one and may only add to it.</summary>
    public static TheoryData<string, string> AccessLogChanges()
    {
        var data = new TheoryData<string, string>();
        foreach (var service in PlatformResources.Services.Select(s => s.Name))
        {
            foreach (var statement in new[] { "UPDATE access_log SET user_id = user_id", "DELETE FROM access_log", "TRUNCATE access_log" })
            {
                data.Add(service, statement);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AccessLogChanges))]
    public async Task Given_a_services_access_log_When_its_runtime_role_changes_or_erases_it_Then_it_is_refused(string service, string statement)
    {
        // Arrange
        var role = PlatformResources.Service(service).AppRole;
        await using var connection = new NpgsqlConnection(platform.ConnectionString(service, role));
        await connection.OpenAsync();

        // Act
        await using var command = new NpgsqlCommand(statement, connection);
        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        // Assert
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
    }

    [Fact]
    public async Task Given_two_services_When_one_connects_to_the_others_database_Then_it_is_refused()
    {
        // Arrange
        var (intake, quality) = (PlatformResources.Services[0], PlatformResources.Services[^1]);
        await using var connection = new NpgsqlConnection(platform.ConnectionString(quality.Name, intake.AppRole));

        // Act
        var error = await Assert.ThrowsAsync<PostgresException>(() => connection.OpenAsync());

        // Assert
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
    }
}
