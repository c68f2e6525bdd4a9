using System.Security.Cryptography;
using Platform.ServiceDefaults.Authentication;

namespace Platform.BuildingBlocks.Tests.Authentication;

public sealed class PlatformAuthOptionsTests
{
    public static TheoryData<string> UnusableKeys => ["", "not base64", P384PublicKey()];

    [Theory]
    [MemberData(nameof(UnusableKeys))]
    public void Given_a_public_key_that_is_not_p256_When_validation_is_set_up_Then_it_names_the_setting(string publicKey)
    {
        // Arrange
        var options = new PlatformAuthOptions { PublicKey = publicKey };

        // Act
        var error = Assert.Throws<InvalidOperationException>(() => options.CreateValidationParameters());

        // Assert
        Assert.Contains("Auth:PublicKey", error.Message, StringComparison.Ordinal);
    }

    private static string P384PublicKey()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        return Convert.ToBase64String(key.ExportSubjectPublicKeyInfo());
    }
}
