using System.Security.Cryptography;
using System.Text.Json;
using Aspire.AppHost.Setup;

namespace Platform.EndToEndTests.Foundation;

public sealed class PlatformSecretsTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("platform-secrets-");

    [Fact]
    public void Given_a_data_folder_with_an_hmac_token_key_When_secrets_load_Then_an_ecdsa_pair_replaces_it_and_the_identity_key_stays()
    {
        // Arrange
        var identityKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var hmacKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        File.WriteAllText(Path.Combine(folder.FullName, PlatformSecrets.FileName), JsonSerializer.Serialize(new { SigningKey = hmacKey, IdentityKey = identityKey }));

        // Act
        var secrets = PlatformSecrets.LoadOrCreate(folder.FullName);
        var again = PlatformSecrets.LoadOrCreate(folder.FullName);

        // Assert
        Assert.Equal(identityKey, secrets.IdentityKey);
        Assert.Equal(secrets, again);
        using var signing = ECDsa.Create();
        signing.ImportPkcs8PrivateKey(Convert.FromBase64String(secrets.SigningKey), out _);
        Assert.Equal(secrets.PublicKey, Convert.ToBase64String(signing.ExportSubjectPublicKeyInfo()));
    }

    public void Dispose() => folder.Delete(recursive: true);
}
