using Platform.BuildingBlocks.Persistence;

namespace Intake.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a database or broker.</summary>
internal sealed class IntakeDesignTimeFactory : DesignTimeContextFactory<IntakeDbContext>;
