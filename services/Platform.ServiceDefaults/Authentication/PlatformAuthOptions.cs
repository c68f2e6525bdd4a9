using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Platform.ServiceDefaults.Authentication;

/// <summary>Token settings, bound from the <c>Auth</c> configuration section.</summary>
public sealed class PlatformAuthOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Auth";

    /// <summary>The expected issuer.</summary>
    public string Issuer { get; set; } = "platform-local";

    /// <summary>The expected audience.</summary>
    public string Audience { get; set; } = "platform-api";

    /// <summary>
    /// The issuer's ECDSA P-256 public key, base64 of its DER SubjectPublicKeyInfo. It can only
    /// verify: the private key stays with the issuer, so no service can mint a token.
    /// </summary>
    public string PublicKey { get; set; } = string.Empty;

    /// <summary>Issuer, audience, lifetime and an ES256 signature by <see cref="PublicKey"/>; throws when the key is unusable.</summary>
    public TokenValidationParameters CreateValidationParameters() => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        IssuerSigningKey = CreateValidationKey(),
        // Only ES256: an HS256 token "signed" with the public key, or an unsigned one, is refused.
        ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
        ValidateLifetime = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ClockSkew = TimeSpan.FromSeconds(30),
    };

    /// <summary>The public key as a security key; throws when it is missing or not a P-256 key.</summary>
    private ECDsaSecurityKey CreateValidationKey()
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportSubjectPublicKeyInfo(Convert.FromBase64String(PublicKey), out _);
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            key.Dispose();
            throw new InvalidOperationException("Auth:PublicKey must be base64 of an ECDSA P-256 SubjectPublicKeyInfo.", e);
        }

        if (key.KeySize != 256)
        {
            key.Dispose();
            throw new InvalidOperationException("Auth:PublicKey must be an ECDSA P-256 key.");
        }

        return new ECDsaSecurityKey(key);
    }
}
