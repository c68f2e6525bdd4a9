using Platform.BuildingBlocks.Persistence;
using Platform.Contracts.Intake;

namespace Intake.Domain.Children;

/// <summary>
/// A child known to the municipality. With an identity number the row is found again by its keyed
/// hash; the number itself is stored only encrypted. A temporary identity gets a row of its own.
/// </summary>
internal sealed class Child : ITenantOwned
{
    public Guid Id { get; set; }

    public string TenantId { get; set; } = string.Empty;

    public byte[]? IdentityHash { get; set; }

    public byte[]? IdentityNumberEncrypted { get; set; }

    public bool IsCoordinationNumber { get; set; }

    public string? KnownName { get; set; }

    public DateOnly? BirthDate { get; set; }

    public LegalGender Gender { get; set; }

    /// <summary>Once any report says so, the identity stays protected.</summary>
    public bool ProtectedIdentity { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
