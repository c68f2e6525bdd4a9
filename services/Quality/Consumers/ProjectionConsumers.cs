using System.Text.Json;
using MassTransit;
using Quality.Domain.Events;

namespace Quality.Consumers;

internal static class ProjectionConsumers
{
    /// <summary>One queue per projected event, <c>quality-report-registered</c> and so on, named like every other service's.</summary>
    public static void AddProjectionConsumers(this IBusRegistrationConfigurator bus)
    {
        foreach (var type in ProjectedEvents.Types)
        {
            var queue = "quality-" + JsonNamingPolicy.KebabCaseLower.ConvertName(type.Name);
            bus.AddConsumer(typeof(ProjectionConsumer<>).MakeGenericType(type)).Endpoint(endpoint => endpoint.Name = queue);
        }
    }
}
