using Microsoft.EntityFrameworkCore;

namespace Platform.EndToEndTests.Foundation;

/// <summary>The migrations build the schema the model expects; the first ones are hand-written (ADR 4).</summary>
[Collection(PlatformCollection.Name)]
public sealed class SchemaTests(PlatformFixture platform)
{
    public static TheoryData<string> Services => ["intake", "assessment", "investigation", "placements", "quality"];

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Given_a_migrated_service_database_When_compared_with_the_model_Then_they_are_equal(string service)
    {
        // Arrange
        var connectionString = platform.SuperuserConnectionString(service);
        await using var db = Context(service, connectionString);

        // Act
        var expected = DatabaseSchema.FromModel(db.Model);
        var actual = await DatabaseSchema.FromDatabaseAsync(connectionString);

        // Assert
        Assert.Equal(string.Join('\n', expected), string.Join('\n', actual));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    /// <summary>A context of the service's model; it connects only when asked to.</summary>
    internal static DbContext Context(string service, string connectionString) => service switch
    {
        "intake" => DatabaseSchema.Create<global::Intake.Data.IntakeDbContext>(connectionString, o => new(o)),
        "assessment" => DatabaseSchema.Create<global::Assessment.Data.AssessmentDbContext>(connectionString, o => new(o)),
        "investigation" => DatabaseSchema.Create<global::Investigation.Data.InvestigationDbContext>(connectionString, o => new(o)),
        "placements" => DatabaseSchema.Create<global::Placements.Data.PlacementsDbContext>(connectionString, o => new(o)),
        _ => DatabaseSchema.Create<global::Quality.Data.QualityDbContext>(connectionString, o => new(o)),
    };
}
