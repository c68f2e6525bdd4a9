using Intake.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using Platform.Contracts.Hosting;
using Platform.EndToEndTests.Infrastructure;

namespace Platform.EndToEndTests.Foundation;

/// <summary>The migrations that change stored values (enums to kebab-case, the access log to read/list/write) and back, over rows of two tenants in a database of its own.</summary>
[Collection(PlatformCollection.Name)]
public sealed class EnumRespellingTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_rows_stored_with_dotnet_names_When_migrated_as_the_owner_Then_every_tenant_s_values_are_kebab_case_and_row_security_stays_forced()
    {
        // Arrange
        var database = $"respelling_{Guid.NewGuid():N}";
        var owner = PlatformResources.Service("intake").OwnerRole;
        await ExecuteAsync(platform.SuperuserConnectionString(), $"CREATE DATABASE {database} OWNER {owner}");
        try
        {
            await using var db = DatabaseSchema.Create<IntakeDbContext>(platform.ConnectionString(database, owner) + ";Pooling=false", o => new(o));
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("Baseline");
            await ExecuteAsync(Superuser(database), Rows);

            // Act
            await migrator.MigrateAsync();
            var migrated = await TextsAsync(database, ReadBack);
            await migrator.MigrateAsync("Baseline");
            var reverted = await TextsAsync(database, ReadBack);

            // Assert
            Assert.Equal(
                ["e-service annan-kannedom health-care substance-use,neglect registered female read", "in-person anmalan school honour-related awaiting-protection-assessment unknown write"],
                migrated);
            Assert.Equal(
                ["EService AnnanKannedom HealthCare SubstanceUse,Neglect Registered Female Read", "InPerson Anmalan School HonourRelated AwaitingProtectionAssessment Unknown Create"],
                reverted);
            Assert.Equal(["access_log", "children", "reports"], await TextsAsync(database, "SELECT relname::text FROM pg_class WHERE relname IN ('access_log', 'children', 'reports') AND relforcerowsecurity ORDER BY relname"));
        }
        finally
        {
            await ExecuteAsync(platform.SuperuserConnectionString(), $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    private const string Rows = """
        INSERT INTO children (id, tenant_id, is_coordination_number, gender, protected_identity, created_at) VALUES
          ('00000000-0000-0000-0000-000000000001', '0180', false, 'Female', false, now()),
          ('00000000-0000-0000-0000-000000000002', '1480', false, 'Unknown', false, now());
        INSERT INTO reports (id, tenant_id, case_number, child_id, received_at, registered_at, registered_by_id, registered_by_name, registered_by_role,
            channel, classification, reporter_category, reporter_is_mandatory, reporter_requested_feedback, concern_categories, description,
            protected_identity_reported, status, version) VALUES
          ('00000000-0000-0000-0000-000000000011', '0180', '2026-000001', '00000000-0000-0000-0000-000000000001', now(), now(), 'anna', 'Anna', 'handlaggare',
            'EService', 'AnnanKannedom', 'HealthCare', true, false, '{SubstanceUse,Neglect}', 'oro', false, 'Registered', 1),
          ('00000000-0000-0000-0000-000000000012', '1480', '2026-000001', '00000000-0000-0000-0000-000000000002', now(), now(), 'bo', 'Bo', 'handlaggare',
            'InPerson', 'Anmalan', 'School', true, true, '{HonourRelated}', 'oro', false, 'AwaitingProtectionAssessment', 1);
        INSERT INTO access_log (id, tenant_id, occurred_at, user_id, user_role, action, record_type, record_id) VALUES
          (gen_random_uuid(), '0180', now(), 'anna', 'handlaggare', 'Read', 'Report', '00000000-0000-0000-0000-000000000011'),
          (gen_random_uuid(), '1480', now(), 'bo', 'handlaggare', 'Create', 'Report', '00000000-0000-0000-0000-000000000012');
        """;

    private const string ReadBack = """
        SELECT concat_ws(' ', r.channel, r.classification, r.reporter_category, array_to_string(r.concern_categories, ','), r.status, c.gender, l.action)
        FROM reports r JOIN children c ON c.id = r.child_id JOIN access_log l ON l.record_id = r.id ORDER BY r.tenant_id
        """;

    private string Superuser(string database) => platform.SuperuserConnectionString(database) + ";Pooling=false";

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<List<string>> TextsAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(Superuser(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var texts = new List<string>();
        while (await reader.ReadAsync())
        {
            texts.Add(reader.GetString(0));
        }

        return texts;
    }
}
