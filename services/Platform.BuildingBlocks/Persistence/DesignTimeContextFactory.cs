using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Platform.BuildingBlocks.Persistence;

/// <summary>
/// The context <c>dotnet ef</c> builds at design time. Without it the tool would start the service's
/// host, which wants connection strings, a signing key and a broker; adding a migration needs only
/// the model, so the address below is never dialled (ADR 10).
/// </summary>
public abstract class DesignTimeContextFactory<TDb> : IDesignTimeDbContextFactory<TDb>
    where TDb : ServiceDbContext
{
    /// <inheritdoc />
    public TDb CreateDbContext(string[] args) =>
        (TDb)Activator.CreateInstance(typeof(TDb), new DbContextOptionsBuilder<TDb>().UseNpgsql("Host=localhost").Options)!;
}
