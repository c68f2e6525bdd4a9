using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.ServiceDefaults.Authentication;

namespace Gateway.DevTokens;

/// <summary>
/// Signs platform tokens (ES256) for the development token endpoint. The private key lives only
/// here, in the gateway's <c>Auth:SigningKey</c>; everyone else holds the public key and can only verify.
/// </summary>
internal sealed class TokenIssuer(SigningCredentials credentials, PlatformAuthOptions options, TimeProvider time)
{
    public const string SigningKeyKey = "Auth:SigningKey";

    private static readonly JsonWebTokenHandler Tokens = new();

    /// <summary>ES256 credentials from a base64 PKCS#8 ECDSA P-256 private key.</summary>
    public static SigningCredentials Credentials(string? pkcs8Base64)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportPkcs8PrivateKey(Convert.FromBase64String(pkcs8Base64 ?? string.Empty), out _);
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            key.Dispose();
            throw new InvalidOperationException($"{SigningKeyKey} must be base64 of an ECDSA P-256 PKCS#8 private key.", e);
        }

        return new SigningCredentials(new ECDsaSecurityKey(key), SecurityAlgorithms.EcdsaSha256);
    }

    /// <summary>Issues a token with the given claims, valid for the given time.</summary>
    public string Issue(IEnumerable<Claim> claims, TimeSpan lifetime)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return Tokens.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = credentials,
        });
    }
}
