using System.Security.Cryptography;
using System.Text.Json;

namespace Aspire.AppHost.Setup;

/// <summary>
/// The platform's keys, generated once per data folder so tokens and encrypted identity numbers
/// survive a restart: the token key pair (ECDSA P-256; the private half, base64 PKCS#8, goes to the
/// gateway alone, the public half, base64 SubjectPublicKeyInfo, to everyone), intake's identity key, and the
/// secret placements derives each municipality's pseudonymous regional keys from.
/// </summary>
public sealed record PlatformSecrets(string SigningKey, string PublicKey, string IdentityKey, string? RegionalKeySecret = null)
{
    public const string FileName = "keys.json";

    public static PlatformSecrets LoadOrCreate(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        var existing = File.Exists(path)
            ? JsonSerializer.Deserialize<PlatformSecrets>(File.ReadAllText(path)) ?? throw new InvalidOperationException($"{path} is empty; delete it to generate new keys.")
            : null;
        if (existing is { PublicKey.Length: > 0, RegionalKeySecret.Length: > 0 })
        {
            return existing;
        }

        if (existing is { PublicKey.Length: > 0 })
        {
            // A folder from before the regional exchange: add its secret, keep every other key.
            return Save(path, existing with { RegionalKeySecret = NewSecret() });
        }

        // A folder from before ES256 holds an HMAC key: replace the token keys, keep the identity key its data is encrypted with.
        using var tokenKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var secrets = new PlatformSecrets(
            Convert.ToBase64String(tokenKey.ExportPkcs8PrivateKey()),
            Convert.ToBase64String(tokenKey.ExportSubjectPublicKeyInfo()),
            existing?.IdentityKey ?? NewSecret(),
            NewSecret());
        return Save(path, secrets);
    }

    private static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static PlatformSecrets Save(string path, PlatformSecrets secrets)
    {
        File.WriteAllText(path, JsonSerializer.Serialize(secrets));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return secrets;
    }
}
