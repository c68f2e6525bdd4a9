using System.Net;
using System.Text;

namespace Platform.EndToEndTests.EndToEnd;

/// <summary>What the instrumentations leave out: health probes, and the values of a query string.</summary>
[Collection(PlatformCollection.Name)]
public sealed class TelemetryFilterTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_a_sampled_health_probe_When_a_traced_request_follows_Then_only_the_request_is_exported()
    {
        // Arrange
        using var client = await platform.ForMunicipalityAsync(Municipalities.Next());
        using var probe = TracedRequests.Create(HttpMethod.Get, "/health/ready", out var probeTrace);
        using var request = TracedRequests.Create(HttpMethod.Get, "/api/intake/reports?status=awaiting-protection-assessment", out var requestTrace);

        // Act
        using (var probed = await client.SendAsync(probe))
        {
            Assert.Equal(HttpStatusCode.OK, probed.StatusCode);
        }

        using (var answered = await client.SendAsync(request))
        {
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }

        // The probe's spans, in every process, ended before the request's did.
        await WaitForSpansAsync(requestTrace, "gateway", "intake");

        // Assert
        Assert.DoesNotContain(platform.Telemetry!.Spans, s => s.TraceId == probeTrace);
    }

    [Fact]
    public async Task Given_an_identity_number_in_a_query_string_When_the_request_is_traced_Then_no_export_contains_it()
    {
        // Arrange
        using var client = await platform.ForMunicipalityAsync(Municipalities.Next());
        var identityNumber = Reports.IdentityNumber(23);
        using var request = TracedRequests.Create(HttpMethod.Get, $"/api/intake/reports?status=awaiting-protection-assessment&unit={identityNumber}", out var traceId);

        // Act
        using (await client.SendAsync(request))
        {
        }

        await WaitForSpansAsync(traceId, "gateway", "intake");

        // Assert
        var exported = platform.Telemetry!.RawExports.Select(Encoding.UTF8.GetString).ToList();
        Assert.DoesNotContain(exported, e => e.Contains(identityNumber, StringComparison.Ordinal));
    }

    private Task<List<ReceivedSpan>> WaitForSpansAsync(string traceId, params string[] services) =>
        platform.Telemetry!.SpansOfAsync(traceId, trace => services.All(service => trace.Any(s => s.Service == service)));
}
