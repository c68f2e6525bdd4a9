using System.Text;
using Platform.Contracts.Hosting;

namespace Platform.EndToEndTests.Foundation;

/// <summary>Each service exports its outbox's age and dead rows as metrics, tagged with the service, for the dashboard.</summary>
[Collection(PlatformCollection.Name)]
public sealed class OutboxMetricsTests(PlatformFixture platform)
{
    private static readonly string[] Gauges = ["platform.outbox.oldest_pending_age", "platform.outbox.dead_rows"];

    [Fact]
    public async Task Given_the_running_platform_When_metrics_are_exported_Then_every_service_reports_its_outbox_age_and_dead_rows()
    {
        // Arrange
        var expected = PlatformResources.Services.Select(s => s.Name).ToList();

        // Act: metrics are exported once a minute by default.
        var reporting = await ApiClients.EventuallyAsync(() =>
        {
            var services = expected.Where(service => platform.Telemetry!.RawExports.Any(export => Reports(export, service))).ToList();
            return Task.FromResult(services.Count == expected.Count ? services : null);
        }, TimeSpan.FromSeconds(90));

        // Assert
        Assert.Equal(expected, reporting);
    }

    private static bool Reports(byte[] export, string service) =>
        Gauges.All(g => export.AsSpan().IndexOf(Encoding.UTF8.GetBytes(g)) >= 0) && export.AsSpan().IndexOf(ServiceTag(service)) >= 0;

    /// <summary>The OTLP attribute <c>service = name</c> as protobuf: KeyValue { key = 1, value = 2 { string_value = 1 } }.</summary>
    private static byte[] ServiceTag(string service)
    {
        var name = Encoding.UTF8.GetBytes(service);
        return [0x0A, 7, .. "service"u8, 0x12, (byte)(name.Length + 2), 0x0A, (byte)name.Length, .. name];
    }
}
