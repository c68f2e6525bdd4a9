using Platform.BuildingBlocks.Persistence;

namespace Quality.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a database or broker.</summary>
internal sealed class QualityDesignTimeFactory : DesignTimeContextFactory<QualityDbContext>;
