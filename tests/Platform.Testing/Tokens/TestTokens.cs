using System.Security.Claims;
using System.Security.Cryptography;
using Aspire.AppHost.Setup;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.ServiceDefaults.Authentication;

namespace Platform.Testing.Tokens;

/// <summary>
/// A token key pair of the test's own, and ES256 tokens signed with it carrying the claims the
/// gateway's <c>/dev/token</c> puts in. A service hosted in process is given <see cref="Settings"/>
/// (the public half only), so it accepts these tokens and no others.
/// </summary>
public sealed class TestTokens : IDisposable
{
    // The token validator reads the system clock, not the service's TimeProvider, while a test's clock
    // stands anywhere in the years around it: a lifetime this long holds by either clock.
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(2 * 365);

    private static readonly JsonWebTokenHandler Handler = new();
    private readonly ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    /// <summary>The <c>Auth</c> settings of a project that validates these tokens.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        [$"{PlatformAuthOptions.Section}:{nameof(PlatformAuthOptions.Issuer)}"] = PlatformAuthDefaults.Issuer,
        [$"{PlatformAuthOptions.Section}:{nameof(PlatformAuthOptions.Audience)}"] = PlatformAuthDefaults.Audience,
        [$"{PlatformAuthOptions.Section}:{nameof(PlatformAuthOptions.PublicKey)}"] = Convert.ToBase64String(key.ExportSubjectPublicKeyInfo()),
    };

    /// <summary>A token for a municipality's staff member.</summary>
    public string Issue(string municipality, string role, bool qualified = true, string? unit = null, string name = "Test Testsson")
    {
        List<Claim> claims =
        [
            new(PlatformClaimTypes.Subject, $"{role}-{municipality}"),
            new(PlatformClaimTypes.Name, name),
            new(PlatformClaimTypes.Role, role),
            new(PlatformClaimTypes.Qualified, qualified ? "true" : "false", ClaimValueTypes.Boolean),
            new(PlatformClaimTypes.Municipality, municipality),
        ];
        if (unit is not null)
        {
            claims.Add(new(PlatformClaimTypes.Unit, unit));
        }

        return Sign(claims);
    }

    private string Sign(List<Claim> claims)
    {
        var now = DateTime.UtcNow;
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = PlatformAuthDefaults.Issuer,
            Audience = PlatformAuthDefaults.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now - Lifetime,
            NotBefore = now - Lifetime,
            Expires = now + Lifetime,
            SigningCredentials = new SigningCredentials(new ECDsaSecurityKey(key), SecurityAlgorithms.EcdsaSha256),
        });
    }

    /// <summary>A token for a region's analyst: the region's länskod instead of a municipality.</summary>
    public string IssueForRegion(string region, string role = PlatformRoles.Regionanalytiker) => Sign(
    [
        new(PlatformClaimTypes.Subject, $"{role}-{region}"),
        new(PlatformClaimTypes.Name, "Regional Analytiker"),
        new(PlatformClaimTypes.Role, role),
        new(PlatformClaimTypes.Qualified, "false", ClaimValueTypes.Boolean),
        new(PlatformClaimTypes.Region, region),
    ]);

    public void Dispose() => key.Dispose();
}
