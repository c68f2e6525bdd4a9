using System.Net.Http.Headers;
using Platform.Bench.Scenarios;
using Platform.Contracts.Hosting;

namespace Platform.Bench.Hosting;

/// <summary>One platform under test with what the load needs: tokens, the reading municipality, nginx in front of intake.</summary>
public sealed class BenchSubject : IAsyncDisposable
{
    private static readonly string IntakeRoute = PlatformResources.Service("intake").RoutePrefix;

    private BenchSubject(BenchPlatform platform, IReadOnlyList<AuthenticationHeaderValue> writers, AuthenticationHeaderValue reader, NginxProxy? nginx)
    {
        Platform = platform;
        Writers = writers;
        Reader = reader;
        Nginx = nginx;
    }

    public BenchPlatform Platform { get; }

    /// <summary>A caseworker of each municipality that registers reports.</summary>
    public IReadOnlyList<AuthenticationHeaderValue> Writers { get; }

    /// <summary>A caseworker of the municipality that only reads.</summary>
    public AuthenticationHeaderValue Reader { get; }

    public NginxProxy? Nginx { get; }

    public string IntakeUrl => Platform.ServiceUrl("intake");

    public static async Task<BenchSubject> StartAsync(NullOtlpCollector sink, CancellationToken cancellationToken)
    {
        var platform = await BenchPlatform.StartAsync(sink, cancellationToken);
        using var gateway = BenchClients.Create(platform.GatewayUrl);
        var writers = await BenchClients.CaseworkerTokensAsync(gateway, BenchClients.Municipalities, cancellationToken);
        var reader = (await BenchClients.CaseworkerTokensAsync(gateway, [BenchClients.ReadingMunicipality], cancellationToken))[0];
        var nginx = NginxProxy.IsInstalled ? await NginxProxy.StartAsync(IntakeRoute, platform.ServiceUrl("intake"), cancellationToken) : null;
        return new BenchSubject(platform, writers, reader, nginx);
    }

    /// <summary>Turns trace sampling on or off, proving it with the reader's gateway read when turning it on.</summary>
    public async Task SampleTracesAsync(bool on, CancellationToken cancellationToken)
    {
        if (Platform.Sampling.IsOn == on)
        {
            return;
        }

        using var client = BenchClients.Create(Platform.GatewayUrl);
        var read = GatewayCost.Read(client, BenchRunner.ReadPath, Reader);
        await Platform.Sampling.SetAsync(on, token => read(0, token), cancellationToken);
    }

    /// <summary>The processes to meter: the platform's and nginx.</summary>
    public IReadOnlyDictionary<string, int> ProcessIds()
    {
        var processes = new Dictionary<string, int>(Platform.ProcessIds());
        if (Nginx is not null)
        {
            processes[GatewayCostResult.Nginx] = Nginx.ProcessId;
        }

        return processes;
    }

    /// <summary>Direct, through the gateway, and through nginx when it is installed.</summary>
    public IReadOnlyDictionary<string, string> ReadTargets()
    {
        var targets = new Dictionary<string, string>
        {
            [GatewayCostResult.Direct] = IntakeUrl,
            [GatewayCostResult.Gateway] = Platform.GatewayUrl,
        };
        if (Nginx is not null)
        {
            targets[GatewayCostResult.Nginx] = Nginx.Url;
        }

        return targets;
    }

    public async ValueTask DisposeAsync()
    {
        if (Nginx is not null)
        {
            await Nginx.DisposeAsync();
        }

        await Platform.DisposeAsync();
    }
}
