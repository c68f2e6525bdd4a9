namespace Platform.EndToEndTests.Infrastructure;

/// <summary>
/// A municipality of the test's own, a caseworker there, and a bus on which the test publishes what
/// another service would; disposing closes both.
/// </summary>
public sealed record MunicipalityDesk(string Municipality, TestBus Bus, HttpClient Caseworker) : IAsyncDisposable
{
    public static async Task<MunicipalityDesk> OpenAsync(PlatformFixture platform)
    {
        var municipality = Municipalities.Next();
        var bus = await TestBus.StartAsync(platform.AmqpUri);
        return new MunicipalityDesk(municipality, bus, await platform.ForMunicipalityAsync(municipality));
    }

    public async ValueTask DisposeAsync()
    {
        Caseworker.Dispose();
        await Bus.DisposeAsync();
    }
}
