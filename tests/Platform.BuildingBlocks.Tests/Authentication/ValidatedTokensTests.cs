using System.Security.Claims;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Platform.ServiceDefaults.Authentication;

namespace Platform.BuildingBlocks.Tests.Authentication;

public sealed class ValidatedTokensTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Given_a_validated_token_When_it_comes_again_before_expiry_Then_a_new_identity_with_the_same_claims_is_returned()
    {
        // Arrange
        var tokens = new ValidatedTokens(new FakeTimeProvider(Now));
        var original = Identity("0484");
        tokens.Add("token-a", original, Token(Now.AddMinutes(10)));

        // Act
        var found = tokens.TryGet("token-a", out var identity, out _);

        // Assert
        Assert.True(found);
        Assert.NotSame(original, identity);
        Assert.Equal(original.Claims.Select(c => (c.Type, c.Value)), identity!.Claims.Select(c => (c.Type, c.Value)));
        Assert.Equal(original.AuthenticationType, identity.AuthenticationType);
    }

    [Fact]
    public void Given_a_request_that_adds_a_claim_When_the_token_comes_again_Then_the_added_claim_is_not_there()
    {
        // Arrange
        var tokens = new ValidatedTokens(new FakeTimeProvider(Now));
        tokens.Add("token-a", Identity("0484"), Token(Now.AddMinutes(10)));
        tokens.TryGet("token-a", out var first, out _);

        // Act
        first!.AddClaim(new Claim(PlatformClaimTypes.Role, "admin"));
        tokens.TryGet("token-a", out var second, out _);

        // Assert
        Assert.Single(second!.FindAll(PlatformClaimTypes.Role));
    }

    [Fact]
    public void Given_an_expired_token_When_it_comes_again_Then_it_is_not_found_and_is_forgotten()
    {
        // Arrange
        var clock = new FakeTimeProvider(Now);
        var tokens = new ValidatedTokens(clock);
        tokens.Add("token-a", Identity("0484"), Token(Now.AddMinutes(10)));

        // Act
        clock.Advance(TimeSpan.FromMinutes(10));
        var found = tokens.TryGet("token-a", out _, out _);

        // Assert
        Assert.False(found);
        Assert.Equal(0, tokens.Count);
    }

    [Fact]
    public void Given_a_token_that_differs_by_one_character_When_looked_up_Then_it_is_not_found()
    {
        // Arrange
        var tokens = new ValidatedTokens(new FakeTimeProvider(Now));
        tokens.Add("token-a", Identity("0484"), Token(Now.AddMinutes(10)));

        // Act
        var found = tokens.TryGet("token-A", out _, out _);

        // Assert
        Assert.False(found);
    }

    [Fact]
    public void Given_a_full_memory_When_another_token_is_added_Then_it_starts_over_and_keeps_the_new_one()
    {
        // Arrange
        var tokens = new ValidatedTokens(new FakeTimeProvider(Now));
        for (var i = 0; i < ValidatedTokens.Capacity; i++)
        {
            tokens.Add($"token-{i}", Identity("0484"), Token(Now.AddMinutes(10)));
        }

        // Act
        tokens.Add("token-new", Identity("0180"), Token(Now.AddMinutes(10)));

        // Assert
        Assert.Equal(1, tokens.Count);
        Assert.True(tokens.TryGet("token-new", out _, out _));
    }

    // The cache keeps a token until its exp; nothing else of the token matters to it.
    private static JsonWebToken Token(DateTimeOffset expiresAt) =>
        new("""{"alg":"ES256","typ":"JWT"}""", $$"""{"exp":{{expiresAt.ToUnixTimeSeconds()}}}""");

    private static ClaimsIdentity Identity(string municipality) => new(
        [new Claim("sub", "u1"), new Claim(PlatformClaimTypes.Municipality, municipality), new Claim(PlatformClaimTypes.Role, "handlaggare")],
        "AuthenticationTypes.Federation",
        "name",
        PlatformClaimTypes.Role);
}
