using RabbitMQ.Client;

namespace Gateway.Operations;

/// <summary>
/// The headers MassTransit adds when it parks a message (<c>MT-Fault-*</c>, <c>MT-Reason</c>, and the
/// faulting host's <c>MT-Host-*</c>): a replayed message goes back without them, as it first arrived.
/// </summary>
internal static class FaultHeaders
{
    private static readonly string[] Prefixes = ["MT-Fault-", "MT-Host-", "MT-Reason"];

    public static BasicProperties Without(IReadOnlyBasicProperties parked) => new(parked)
    {
        Headers = parked.Headers?
            .Where(h => !Prefixes.Any(p => h.Key.StartsWith(p, StringComparison.Ordinal)))
            .ToDictionary(h => h.Key, h => h.Value, StringComparer.Ordinal),
    };
}
