using Microsoft.EntityFrameworkCore;

namespace Platform.EndToEndTests.Foundation;

/// <summary>
/// Every model change has its generated migration (ADR 10). Needs no database, so it names the
/// service even when that service's start-up refuses the same change and the platform cannot start.
/// </summary>
public sealed class ModelSnapshotTests
{
    [Theory]
    [MemberData(nameof(SchemaTests.Services), MemberType = typeof(SchemaTests))]
    public void Given_a_service_model_When_compared_with_its_model_snapshot_Then_no_change_lacks_a_migration(string service)
    {
        // Arrange
        using var db = SchemaTests.Context(service, "Host=127.0.0.1");

        // Act
        var pending = db.Database.HasPendingModelChanges();

        // Assert
        Assert.False(pending, $"The {service} model changed without a migration: run `dotnet ef migrations add <Name> --project services/<Service>` (ADR 10).");
    }
}
