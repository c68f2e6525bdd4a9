using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Aspire.AppHost.Processes;
using Aspire.AppHost.Setup;

namespace Platform.EndToEndTests.Foundation;

[Collection(PlatformCollection.Name)]
public sealed class DevTokenTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_a_request_without_a_tenant_When_a_dev_token_is_asked_for_Then_400_names_the_field()
    {
        // Arrange
        using var client = platform.CreateGatewayClient();

        // Act
        using var response = await client.PostAsJsonAsync("/dev/token", new { sub = "u1", name = "N", role = "handlaggare" });

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"municipality\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_gateway_outside_development_When_a_dev_token_is_asked_for_Then_the_route_does_not_exist()
    {
        // Arrange
        var port = LoopbackPorts.Allocate(1)[0];
        var start = new ProcessStartInfo("dotnet", [GatewayAssembly()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        // The public key only: outside Development the gateway never needs the signing key.
        start.Environment["Auth__PublicKey"] = platform.PublicKey;
        // The broker, which the gateway's error-queue endpoints need to start.
        start.Environment["ConnectionStrings__rabbitmq"] = platform.AmqpUri;
        start.Environment["Operations__BrokerManagementUrl"] = platform.Broker.ManagementUrl;
        start.Environment.Remove("OTEL_EXPORTER_OTLP_ENDPOINT");
        using var gateway = Process.Start(start)!;
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        try
        {
            await ApiClients.EventuallyAsync<object>(async () =>
            {
                try
                {
                    using var live = await client.GetAsync("/health/live");
                    return live.IsSuccessStatusCode ? new object() : null;
                }
                catch (HttpRequestException)
                {
                    return null;
                }
            });

            // Act: authenticated, so only a missing route can answer 404 (anonymous callers get 401 for any unknown path).
            using var issuer = platform.CreateGatewayClient();
            client.DefaultRequestHeaders.Authorization = new("Bearer", await ApiClients.IssueAsync(issuer,
                new { sub = "u1", name = "N", municipality = Municipalities.Next(), role = "handlaggare", qualified = true }));
            using var response = await client.PostAsJsonAsync("/dev/token",
                new { sub = "u1", name = "N", municipality = "0484", role = "handlaggare", qualified = true });

            // Assert
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        finally
        {
            gateway.Kill(entireProcessTree: true);
        }
    }

    private static string GatewayAssembly() =>
        RepositoryLayout.AssemblyPath(RepositoryLayout.FindRoot(AppContext.BaseDirectory), "gateway", "Gateway", RepositoryLayout.ConfigurationOf(AppContext.BaseDirectory));
}
