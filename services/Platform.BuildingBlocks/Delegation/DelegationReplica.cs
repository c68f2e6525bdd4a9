using MassTransit;

namespace Platform.BuildingBlocks.Delegation;

/// <summary>A service that decides under the delegation order recorded at assessment keeps its versions and sub-delegations from their events.</summary>
public static class DelegationReplica
{
    public static IBusRegistrationConfigurator AddDelegationReplica(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<DelegationOrderRecordedConsumer>();
        bus.AddConsumer<SubDelegationRecordedConsumer>();
        return bus;
    }
}
