namespace Platform.Contracts.Tenancy;

/// <summary>
/// A tenant of the platform: a municipality (four-digit kommunkod, e.g. <c>0484</c>) or a region
/// (two-digit länskod, e.g. <c>06</c>).
/// </summary>
public readonly record struct TenantId
{
    private TenantId(string value, TenantKind kind) => (Value, Kind) = (value, kind);

    /// <summary>The code as written: four digits for a municipality, two for a region.</summary>
    public string Value { get; }

    /// <summary>Whether this is a municipality or a region.</summary>
    public TenantKind Kind { get; }

    /// <summary>The region (länskod) a municipality belongs to: its first two digits.</summary>
    public string County => Value[..2];

    /// <summary>Reads a kommunkod or länskod; false when the text is neither.</summary>
    public static bool TryParse(string? text, out TenantId tenant)
    {
        tenant = default;
        if (text is null || !text.All(char.IsAsciiDigit))
        {
            return false;
        }

        TenantKind? kind = text.Length switch
        {
            4 => TenantKind.Municipality,
            2 => TenantKind.Region,
            _ => null,
        };
        if (kind is null || text.StartsWith("00", StringComparison.Ordinal))
        {
            return false;
        }

        tenant = new TenantId(text, kind.Value);
        return true;
    }

    /// <summary>Reads a kommunkod or länskod, or throws <see cref="FormatException"/>.</summary>
    public static TenantId Parse(string text) =>
        TryParse(text, out var tenant) ? tenant : throw new FormatException("Not a kommunkod or länskod.");

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}

/// <summary>The two kinds of tenant.</summary>
public enum TenantKind
{
    /// <summary>A municipality, identified by its kommunkod.</summary>
    Municipality,

    /// <summary>A region (län), identified by its länskod; sees only de-identified data.</summary>
    Region,
}
