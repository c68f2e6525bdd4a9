using System.Security.Cryptography;
using System.Text;
using Intake.Domain.Identity;

namespace Intake.Tests.Unit;

public sealed class IdentityProtectorTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private readonly IdentityProtector protector = new(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void Given_a_number_When_encrypted_Then_the_digits_are_not_in_the_ciphertext_and_it_decrypts_for_its_row_only()
    {
        // Arrange
        var child = Guid.NewGuid();

        // Act
        var sealedBox = protector.Encrypt("198112189876", "0484", child);

        // Assert
        Assert.DoesNotContain("198112189876", Encoding.UTF8.GetString(sealedBox), StringComparison.Ordinal);
        Assert.Equal("198112189876", protector.Decrypt(sealedBox, "0484", child));
        Assert.ThrowsAny<CryptographicException>(() => protector.Decrypt(sealedBox, "0484", Guid.NewGuid()));
        Assert.ThrowsAny<CryptographicException>(() => protector.Decrypt(sealedBox, "0683", child));
    }

    [Fact]
    public void Given_two_written_forms_of_one_number_When_hashed_Then_the_lookup_hash_is_the_same_in_a_municipality_and_differs_across()
    {
        // Arrange
        IdentityNumber.TryParse("811218-9876", Today, out var ten, out _);
        IdentityNumber.TryParse("198112189876", Today, out var twelve, out _);

        // Act
        var a = protector.LookupHash("0484", ten!);
        var b = protector.LookupHash("0484", twelve!);
        var other = protector.LookupHash("0683", twelve!);

        // Assert
        Assert.Equal(a, b);
        Assert.NotEqual(a, other);
    }

    [Fact]
    public void Given_a_key_of_the_wrong_size_When_the_protector_is_made_Then_it_refuses()
    {
        // Act and Assert
        Assert.Throws<InvalidOperationException>(() => new IdentityProtector(new byte[16]));
    }
}
