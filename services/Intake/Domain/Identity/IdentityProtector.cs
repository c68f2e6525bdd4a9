using System.Security.Cryptography;
using System.Text;

namespace Intake.Domain.Identity;

/// <summary>
/// Keeps identity numbers out of the database in plain text: AES-GCM encryption at rest, and a
/// keyed hash (HMAC) to find a child again. Both keys are derived (HKDF) from
/// <c>Intake:IdentityKey</c>, so the one secret never serves two purposes.
/// </summary>
internal sealed class IdentityProtector
{
    public const string ConfigurationKey = "Intake:IdentityKey";

    // Prefixed to every ciphertext, so a later key can be introduced beside this one.
    private const byte KeyVersion = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly byte[] _encryptionKey;
    private readonly byte[] _lookupKey;
    private readonly byte[] _requestKey;

    public IdentityProtector(byte[] masterKey)
    {
        if (masterKey.Length != 32)
        {
            throw new InvalidOperationException(ConfigurationKey + " must be 32 bytes, base64.");
        }

        _encryptionKey = Derive(masterKey, "intake/identity-number/aes-gcm/v1");
        _lookupKey = Derive(masterKey, "intake/identity-number/lookup/v1");
        _requestKey = Derive(masterKey, "intake/idempotency/request-hash/v1");
    }

    public static IdentityProtector FromConfiguration(IConfiguration configuration)
    {
        var text = configuration[ConfigurationKey];
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InvalidOperationException(ConfigurationKey + " is not set.");
        }

        return new IdentityProtector(Convert.FromBase64String(text));
    }

    /// <summary>The lookup hash; the tenant is part of it, so one person is unlinkable across municipalities.</summary>
    public byte[] LookupHash(string tenant, IdentityNumber number) =>
        HMACSHA256.HashData(_lookupKey, Encoding.UTF8.GetBytes(tenant + ":" + number.Digits));

    /// <summary>A keyed hash of a request body (which may hold an identity number) for idempotency checks.</summary>
    public byte[] RequestHash(string tenant, string canonicalBody) =>
        HMACSHA256.HashData(_requestKey, Encoding.UTF8.GetBytes(tenant + ":" + canonicalBody));

    /// <summary>Encrypts the twelve digits, bound to the row (tenant and child) they belong to.</summary>
    public byte[] Encrypt(string digits, string tenant, Guid childId)
    {
        var plain = Encoding.UTF8.GetBytes(digits);
        var sealedBox = new byte[1 + NonceSize + plain.Length + TagSize];
        sealedBox[0] = KeyVersion;
        var nonce = sealedBox.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_encryptionKey, TagSize);
        aes.Encrypt(nonce, plain, sealedBox.AsSpan(1 + NonceSize, plain.Length), sealedBox.AsSpan(1 + NonceSize + plain.Length), Binding(tenant, childId));
        return sealedBox;
    }

    public string Decrypt(byte[] sealedBox, string tenant, Guid childId)
    {
        if (sealedBox.Length <= 1 + NonceSize + TagSize || sealedBox[0] != KeyVersion)
        {
            throw new CryptographicException("Unknown identity ciphertext format.");
        }

        var length = sealedBox.Length - 1 - NonceSize - TagSize;
        var plain = new byte[length];
        using var aes = new AesGcm(_encryptionKey, TagSize);
        aes.Decrypt(sealedBox.AsSpan(1, NonceSize), sealedBox.AsSpan(1 + NonceSize, length), sealedBox.AsSpan(1 + NonceSize + length), plain, Binding(tenant, childId));
        return Encoding.UTF8.GetString(plain);
    }

    private static byte[] Binding(string tenant, Guid childId) => Encoding.UTF8.GetBytes(tenant + ":" + childId.ToString("N"));

    private static byte[] Derive(byte[] masterKey, string purpose) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, salt: [], info: Encoding.UTF8.GetBytes(purpose));
}
