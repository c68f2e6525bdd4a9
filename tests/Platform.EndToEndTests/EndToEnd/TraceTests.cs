using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Platform.EndToEndTests.EndToEnd;

/// <summary>One trace runs from the gateway through the outbox and the broker to a consumer in another service.</summary>
[Collection(PlatformCollection.Name)]
public sealed class TraceTests(PlatformFixture platform)
{
    private const int ProducerKind = 4;
    private const int ConsumerKind = 5;

    [Fact]
    public async Task Given_a_report_registered_through_the_gateway_When_the_assessment_service_consumes_its_event_Then_gateway_intake_outbox_relay_publish_and_consumer_are_one_trace()
    {
        // Arrange
        using var client = await platform.ForMunicipalityAsync(Municipalities.Next());
        using var request = TracedRequests.Create(HttpMethod.Post, "/api/intake/reports", out var traceId);
        request.Content = JsonContent.Create(Reports.Anmalan(Reports.IdentityNumber(7)));

        // Act
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var spans = await platform.Telemetry!.SpansOfAsync(traceId, trace =>
            trace.Any(s => s.Service == "assessment" && s.Kind == ConsumerKind)
            && trace.Any(s => s.Service == "intake" && s.Kind == ProducerKind)
            && trace.Any(s => s.Service == "gateway")
            && trace.Any(s => s.Service == "intake"));

        // Assert
        Assert.Contains(spans, s => s.Service == "gateway");
        Assert.Contains(spans, s => s.Service == "intake");
        var relay = Assert.Single(spans, s => s.Service == "intake" && s.Name == "outbox relay");
        var publish = Assert.Single(spans, s => s.Service == "intake" && s.Kind == ProducerKind && s.ParentSpanId == relay.SpanId);
        Assert.Contains(spans, s => s.Service == "assessment" && s.Kind == ConsumerKind && s.ParentSpanId == publish.SpanId);
    }

    [Fact]
    public async Task Given_a_report_with_personal_data_When_it_flows_through_the_platform_Then_no_telemetry_export_contains_it()
    {
        // Arrange
        using var client = await platform.ForMunicipalityAsync(Municipalities.Next());
        var identityNumber = Reports.IdentityNumber(19);
        const string description = "Unik-beskrivning-som-aldrig-far-loggas";

        // Act
        var registered = await Reports.RegisterAsync(client, Reports.Anmalan(identityNumber, description));
        await Reports.AssessmentOfAsync(client, registered.GetProperty("reportId").GetGuid());
        await Task.Delay(TimeSpan.FromSeconds(1));

        // Assert
        var exported = platform.Telemetry!.RawExports.Select(Encoding.UTF8.GetString).ToList();
        Assert.NotEmpty(exported);
        Assert.DoesNotContain(exported, e => e.Contains(identityNumber, StringComparison.Ordinal));
        Assert.DoesNotContain(exported, e => e.Contains(identityNumber[2..], StringComparison.Ordinal));
        Assert.DoesNotContain(exported, e => e.Contains(description, StringComparison.Ordinal));
        Assert.DoesNotContain(exported, e => e.Contains("Rektorsson", StringComparison.Ordinal));
    }
}
