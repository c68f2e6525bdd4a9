using Microsoft.EntityFrameworkCore;

namespace Platform.BuildingBlocks.Delegation;

public static class DelegationModel
{
    /// <summary>
    /// The delegation order's versions and the sub-delegations, in a service that takes delegated decisions.
    /// Assessment records them; every other such service keeps a copy from their events (<see cref="DelegationReplica"/>).
    /// </summary>
    public static ModelBuilder ApplyDelegationModel(this ModelBuilder modelBuilder) =>
        modelBuilder
            .ApplyConfiguration(new DelegationOrderVersionConfiguration())
            .ApplyConfiguration(new SubDelegationConfiguration());
}
