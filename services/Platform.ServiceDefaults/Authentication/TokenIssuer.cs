using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Platform.ServiceDefaults.Authentication;

/// <summary>Signs platform tokens with the configured key; used by the gateway's development token endpoint.</summary>
public sealed class TokenIssuer(PlatformAuthOptions options, TimeProvider time)
{
    private static readonly JsonWebTokenHandler Tokens = new();

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
            SigningCredentials = new SigningCredentials(options.CreateSecurityKey(), SecurityAlgorithms.HmacSha256),
        });
    }
}
