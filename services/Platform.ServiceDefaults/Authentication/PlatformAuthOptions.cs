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

    /// <summary>The HMAC-SHA256 signing key, base64, at least 32 bytes.</summary>
    public string SigningKey { get; set; } = string.Empty;

    /// <summary>The signing key as a security key; throws when it is missing or short.</summary>
    public SymmetricSecurityKey CreateSecurityKey()
    {
        var bytes = string.IsNullOrWhiteSpace(SigningKey) ? [] : Convert.FromBase64String(SigningKey);
        if (bytes.Length < 32)
        {
            throw new InvalidOperationException("Auth:SigningKey must be a base64 key of at least 32 bytes.");
        }

        return new SymmetricSecurityKey(bytes);
    }
}
