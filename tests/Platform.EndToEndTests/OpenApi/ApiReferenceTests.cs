using System.Net;
using System.Text.Json;
using Platform.Contracts.Hosting;

namespace Platform.EndToEndTests.OpenApi;

/// <summary>The gateway serves one API reference over every service's document, read from the running services.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ApiReferenceTests(PlatformFixture platform)
{
    public static TheoryData<string> Services => [.. PlatformResources.Services.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Given_the_running_platform_When_a_service_document_is_read_through_the_gateway_Then_it_is_that_service_document(string service)
    {
        // Arrange
        using var client = platform.CreateGatewayClient();

        // Act
        using var response = await client.GetAsync(new Uri($"/openapi/{service}.json", UriKind.Relative));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("3.", document.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Contains(service, document.RootElement.GetProperty("info").GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Given_the_running_platform_When_the_api_reference_is_opened_Then_it_lists_every_service_document_and_the_gateways()
    {
        // Arrange
        using var client = platform.CreateGatewayClient();

        // Act
        using var response = await client.GetAsync(new Uri("/scalar", UriKind.Relative));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.All(PlatformResources.Services.Select(s => s.Name).Append(global::Gateway.Operations.OperationsDocument.Name),
            name => Assert.Contains($"openapi/{name}.json", page, StringComparison.Ordinal));
    }
}
