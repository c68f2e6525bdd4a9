using System.Net.Http.Headers;
using Platform.Bench.Load;

namespace Platform.Bench.Scenarios;

/// <summary>
/// Runs every measured path at a moderate rate before anything is measured. .NET compiles
/// methods quickly first and optimises them in the background once they are hot; under
/// saturation on two cores that background work starves, and a "saturation" figure taken from
/// a cold process measures the JIT, not the platform a municipality uses for months.
/// </summary>
public static class PlatformWarmUp
{
    private const double WriteRate = 60;
    private const double ReadRate = 200;

    public static async Task RunAsync(TimeSpan duration, string gatewayUrl, string directUrl, string readPath, AuthenticationHeaderValue reader, IReadOnlyList<AuthenticationHeaderValue> tokens, CancellationToken cancellationToken)
    {
        Console.Error.WriteLine($"  warming up for {duration.TotalSeconds:0} s");
        using var gateway = BenchClients.Create(gatewayUrl);
        using var direct = BenchClients.Create(directUrl);
        await Task.WhenAll(
            FixedRateRun.RunAsync(IntakeWrites.Register(gateway, tokens), WriteRate, TimeSpan.Zero, duration, cancellationToken),
            FixedRateRun.RunAsync(GatewayCost.Read(gateway, readPath, reader), ReadRate, TimeSpan.Zero, duration, cancellationToken),
            FixedRateRun.RunAsync(GatewayCost.Read(direct, readPath, reader), ReadRate, TimeSpan.Zero, duration, cancellationToken));
    }
}
