using System.Net;
using System.Text;

namespace Platform.EndToEndTests.Foundation;

[Collection(PlatformCollection.Name)]
public sealed class GatewayLimitsTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_a_burst_beyond_the_municipality_limit_When_sent_Then_some_get_429_with_retry_after()
    {
        // Arrange
        using var client = await platform.ForMunicipalityAsync(Municipalities.Next());

        // Act
        var responses = await Task.WhenAll(Enumerable.Range(0, TestSettings.TenantBurst * 3)
            .Select(_ => client.GetAsync("/api/investigation/anything")));

        // Assert
        var limited = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(limited);
        Assert.All(limited, r => Assert.True(r.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1)));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_one_municipality_is_limited_When_another_calls_Then_it_is_served()
    {
        // Arrange
        using var noisy = await platform.ForMunicipalityAsync(Municipalities.Next());
        using var quiet = await platform.ForMunicipalityAsync(Municipalities.Next());
        await Task.WhenAll(Enumerable.Range(0, TestSettings.TenantBurst * 2).Select(_ => noisy.GetAsync("/api/investigation/anything")));

        // Act
        using var response = await quiet.GetAsync("/api/investigation/anything");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Given_an_oversized_body_When_posted_Then_413_problem()
    {
        // Arrange
        using var client = await platform.ForMunicipalityAsync(Municipalities.Next());
        var body = new StringContent("{\"description\":\"" + new string('x', 128 * 1024) + "\"}", Encoding.UTF8, "application/json");

        // Act
        using var response = await client.PostAsync("/api/intake/reports", body);

        // Assert
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
