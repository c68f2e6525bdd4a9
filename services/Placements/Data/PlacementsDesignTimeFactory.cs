using Platform.BuildingBlocks.Persistence;

namespace Placements.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a database or broker.</summary>
internal sealed class PlacementsDesignTimeFactory : DesignTimeContextFactory<PlacementsDbContext>;
