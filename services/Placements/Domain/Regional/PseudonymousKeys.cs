using System.Security.Cryptography;
using System.Text;

namespace Placements.Domain.Regional;

/// <summary>
/// The key a placement has at the region: HMAC-SHA256 of the placement id under the sending municipality's
/// own secret. Only the municipality, which holds the secret and its placement ids, can link a key back; the
/// region cannot reverse it. The secret is <c>Placements:Regional:Secrets:{kommunkod}</c>, or else derived
/// from the deployment's <c>Placements:Regional:KeySecret</c> and the kommunkod (a platform hosting many
/// municipalities need not list each); the region's side never reads either.
/// </summary>
internal sealed class PseudonymousKeys(IConfiguration configuration)
{
    public const string Section = "Placements:Regional";

    public string KeyOf(string municipality, Guid placementId)
    {
        using var hmac = new HMACSHA256(SecretOf(municipality));
        return Convert.ToHexStringLower(hmac.ComputeHash(placementId.ToByteArray(bigEndian: true)));
    }

    private byte[] SecretOf(string municipality)
    {
        if (configuration[$"{Section}:Secrets:{municipality}"] is { Length: > 0 } own)
        {
            return Encoding.UTF8.GetBytes(own);
        }

        var master = configuration[$"{Section}:KeySecret"] is { Length: > 0 } configured
            ? configured
            : throw new InvalidOperationException($"{Section}:KeySecret is not set: regional records cannot be keyed.");
        using var derive = new HMACSHA256(Encoding.UTF8.GetBytes(master));
        return derive.ComputeHash(Encoding.UTF8.GetBytes("regional-key:" + municipality));
    }
}
