using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.ServiceDefaults.Authentication;

namespace Platform.BuildingBlocks.Tests.Authentication;

public sealed class CachingTokenHandlerTests : IDisposable
{
    private readonly ECDsa issuerKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly ECDsa foreignKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly ValidatedTokens validated = new(TimeProvider.System);
    private readonly CachingTokenHandler handler;
    private readonly TokenValidationParameters parameters;

    public CachingTokenHandlerTests()
    {
        handler = new CachingTokenHandler(validated);
        parameters = new PlatformAuthOptions { PublicKey = Convert.ToBase64String(issuerKey.ExportSubjectPublicKeyInfo()) }
            .CreateValidationParameters();
    }

    [Fact]
    public async Task Given_a_token_validated_once_When_it_comes_again_Then_it_is_valid_with_a_new_identity()
    {
        // Arrange
        var token = Mint(Es256(issuerKey));
        var first = await handler.ValidateTokenAsync(token, parameters);

        // Act
        var second = await handler.ValidateTokenAsync(token, parameters);

        // Assert
        Assert.True(first.IsValid);
        Assert.True(second.IsValid);
        Assert.Equal(1, validated.Count);
        Assert.NotSame(first.ClaimsIdentity, second.ClaimsIdentity);
        Assert.Equal("0484", second.ClaimsIdentity.FindFirst(PlatformClaimTypes.Municipality)?.Value);
        Assert.Equal(first.SecurityToken.ValidTo, second.SecurityToken.ValidTo);
    }

    public static TheoryData<string> RefusedSignatures => ["foreign-ec-key", "hs256-with-the-public-key", "unsigned"];

    [Theory]
    [MemberData(nameof(RefusedSignatures))]
    public async Task Given_a_token_not_signed_by_the_issuers_key_When_validated_Then_it_is_refused_and_not_remembered(string kind)
    {
        // Arrange
        var token = kind switch
        {
            "foreign-ec-key" => Mint(Es256(foreignKey)),
            // Algorithm confusion: the public key, which everyone holds, used as an HMAC secret.
            "hs256-with-the-public-key" => Mint(new SigningCredentials(new SymmetricSecurityKey(issuerKey.ExportSubjectPublicKeyInfo()), SecurityAlgorithms.HmacSha256)),
            _ => Mint(null),
        };

        // Act
        var result = await handler.ValidateTokenAsync(token, parameters);

        // Assert
        Assert.False(result.IsValid);
        Assert.Equal(0, validated.Count);
    }

    public void Dispose()
    {
        issuerKey.Dispose();
        foreignKey.Dispose();
    }

    private static SigningCredentials Es256(ECDsa key) => new(new ECDsaSecurityKey(key), SecurityAlgorithms.EcdsaSha256);

    private static string Mint(SigningCredentials? credentials) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "platform-local",
        Audience = "platform-api",
        Subject = new ClaimsIdentity([new Claim(PlatformClaimTypes.Municipality, "0484"), new Claim(PlatformClaimTypes.Role, PlatformRoles.Handlaggare)]),
        Expires = DateTime.UtcNow.AddMinutes(10),
        SigningCredentials = credentials,
    });
}
