using Platform.Bench.Chaos.Flow;

namespace Platform.Bench.Chaos.Faults;

/// <summary>
/// The first end-to-end step that proves a killed resource is back: for the broker, the database,
/// the gateway, intake and assessment a report registered and its assessment opened; for the
/// other services a request through the gateway that the service itself answers.
/// </summary>
internal static class RecoveryProbe
{
    private static readonly Dictionary<string, string> AnsweredBy = new(StringComparer.Ordinal)
    {
        ["investigation"] = "/api/investigation/worklist",
        ["placements"] = "/api/placements/placements",
        ["quality"] = "/api/quality/indicators",
    };

    public static Func<CancellationToken, Task> For(string resource, CaseDriver driver, CaseDesk desk)
    {
        if (AnsweredBy.TryGetValue(resource, out var path))
        {
            return async cancellationToken =>
            {
                var answer = await desk.Calls.GetAsync(path, cancellationToken);
                Require(resource, answer.Status is not null);
            };
        }

        return async cancellationToken => Require(resource, await driver.RoundTripAsync(cancellationToken));
    }

    private static void Require(string resource, bool recovered)
    {
        if (!recovered)
        {
            throw new InvalidOperationException($"The platform did not recover from the kill of {resource} within {GatewayCalls.GiveUpAfter}.");
        }
    }
}
