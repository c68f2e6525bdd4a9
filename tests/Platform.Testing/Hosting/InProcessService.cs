using System.Net.Http.Headers;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Platform.ServiceDefaults.Authentication;
using Platform.Testing.Tokens;

namespace Platform.Testing.Hosting;

/// <summary>
/// A service's own <c>Program</c> hosted in the test process (the TestServer) on the run's real
/// PostgreSQL and RabbitMQ, with <see cref="Clock"/> in place of the system clock: whatever the
/// service asks the time (deadlines, overdue marks, recorded times, the outbox) reads the test's clock,
/// which stands at <c>now</c> until the test moves it.
/// </summary>
public sealed class InProcessService<TEntryPoint>(
    string service,
    InfrastructureFixture infrastructure,
    DateTimeOffset now,
    IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
{
    private readonly FakeTimeProvider clock = new(now.ToUniversalTime());
    private readonly TestTokens tokens = new();
    private readonly IReadOnlyDictionary<string, string> connectionStrings = infrastructure.ConnectionStrings(service);

    /// <summary>The service's clock; it moves only when the test moves it (<see cref="MoveClockTo"/>, <see cref="FakeTimeProvider.Advance"/>).</summary>
    public FakeTimeProvider Clock => clock;

    /// <summary>
    /// Sets the service's clock to an instant given in any offset. FakeTimeProvider keeps the offset it
    /// is given, and PostgreSQL takes only UTC instants, so the clock always holds UTC, as the system's does.
    /// </summary>
    public void MoveClockTo(DateTimeOffset instant) => clock.SetUtcNow(instant.ToUniversalTime());

    /// <summary>The municipality the test works in, its own, so that no test sees another's records.</summary>
    public string Municipality { get; } = Municipalities.Next();

    /// <summary>A client calling as a member of <see cref="Municipality"/>'s staff.</summary>
    public HttpClient Client(string role = PlatformRoles.Handlaggare, bool qualified = true, string? unit = null, string name = "Test Testsson") =>
        ClientFor(Municipality, role, qualified, unit, name);

    /// <summary>A client calling as a member of a municipality's staff, with a token the service accepts.</summary>
    public HttpClient ClientFor(string municipality, string role = PlatformRoles.Handlaggare, bool qualified = true, string? unit = null, string name = "Test Testsson")
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.Issue(municipality, role, qualified, unit, name));
        return client;
    }

    /// <summary>A client calling as a region's analyst (the region's länskod in the token).</summary>
    public HttpClient ClientForRegion(string region, string role = PlatformRoles.Regionanalytiker)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.IssueForRegion(region, role));
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        tokens.Dispose();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Development);
        var all = connectionStrings
            .Concat(tokens.Settings)
            .Concat(InProcessSettings.All)
            .Concat(settings ?? new Dictionary<string, string>());
        foreach (var (key, value) in all)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            // The host starts once the bus is connected and its queues bound, so a test's first message is not lost.
            services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true);
        });
    }
}
