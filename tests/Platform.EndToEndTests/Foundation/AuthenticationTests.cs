using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Gateway.DevTokens;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;
using Platform.ServiceDefaults.Authentication;

namespace Platform.EndToEndTests.Foundation;

[Collection(PlatformCollection.Name)]
public sealed class AuthenticationTests(PlatformFixture platform)
{
    private const string AnyServicePath = "/api/investigation/anything";

    [Fact]
    public async Task Given_no_token_When_an_api_is_called_through_the_gateway_Then_401_with_a_bearer_challenge()
    {
        // Arrange
        using var client = platform.CreateGatewayClient();

        // Act
        using var response = await client.GetAsync(AnyServicePath);

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    public static TheoryData<string> BadTokens => ["expired", "foreign-key", "hs256-with-the-public-key", "unsigned", "wrong-audience", "no-tenant"];

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Given_a_bad_token_When_the_gateway_or_a_service_is_called_Then_both_answer_401(string kind)
    {
        // Arrange
        var token = Mint(kind);
        using var gateway = platform.CreateGatewayClient();
        using var direct = new HttpClient { BaseAddress = new Uri(platform.ServiceUrl("investigation")) };
        gateway.DefaultRequestHeaders.Authorization = direct.DefaultRequestHeaders.Authorization = new("Bearer", token);

        // Act
        using var throughGateway = await gateway.GetAsync(AnyServicePath);
        using var atService = await direct.GetAsync(AnyServicePath);

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, throughGateway.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, atService.StatusCode);
    }

    [Fact]
    public async Task Given_a_valid_token_When_a_service_route_is_called_Then_the_request_reaches_the_service()
    {
        // Arrange
        using var client = await platform.ForMunicipalityAsync(Municipalities.Next());

        // Act
        using var response = await client.GetAsync(AnyServicePath);

        // Assert: authenticated, routed, and answered by the service itself (no such endpoint there).
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Given_health_endpoints_When_called_without_a_token_Then_they_answer()
    {
        // Arrange
        using var client = platform.CreateGatewayClient();

        // Act
        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");

        // Assert
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var body = await ready.Content.ReadAsStringAsync();
        Assert.All(Platform.Contracts.Hosting.PlatformResources.Services, s => Assert.Contains($"\"{s.Name}\":\"Healthy\"", body, StringComparison.Ordinal));
    }

    private string Mint(string kind)
    {
        using var foreignKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var credentials = kind switch
        {
            "foreign-key" => new SigningCredentials(new ECDsaSecurityKey(foreignKey), SecurityAlgorithms.EcdsaSha256),
            // Algorithm confusion: the public key, which every process holds, used as an HMAC secret.
            "hs256-with-the-public-key" => new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(platform.PublicKey)), SecurityAlgorithms.HmacSha256),
            "unsigned" => null, // mints alg: none
            _ => TokenIssuer.Credentials(platform.SigningKey),
        };
        var options = new PlatformAuthOptions
        {
            Issuer = "platform-local",
            Audience = kind == "wrong-audience" ? "someone-else" : "platform-api",
        };
        var clock = new FakeTimeProvider(kind == "expired" ? DateTimeOffset.UtcNow.AddHours(-3) : DateTimeOffset.UtcNow);
        List<Claim> claims = [new(PlatformClaimTypes.Subject, "u1"), new(PlatformClaimTypes.Role, PlatformRoles.Handlaggare)];
        if (kind != "no-tenant")
        {
            claims.Add(new(PlatformClaimTypes.Municipality, Municipalities.Next()));
        }

        return new TokenIssuer(credentials!, options, clock).Issue(claims, TimeSpan.FromHours(1));
    }
}
