using Platform.BuildingBlocks.Persistence;
using Platform.Contracts.Intake;
using Quality.Domain.Indicators;

namespace Quality.Domain.Facts;

/// <summary>The only things quality knows of a child: the legal gender and birth month the events carry.</summary>
internal sealed class ChildFact : ITenantOwned
{
    public Guid Id { get; init; }

    public string TenantId { get; set; } = string.Empty;

    public LegalGender Gender { get; private set; }

    public string? BirthYearMonth { get; private set; }

    /// <summary>Keeps what is known; true when the child's cases must be counted again.</summary>
    public bool Learn(LegalGender gender, string? birthYearMonth)
    {
        var changed = false;
        if (gender != LegalGender.Unknown && gender != Gender)
        {
            Gender = gender;
            changed = true;
        }

        if (birthYearMonth is not null && birthYearMonth != BirthYearMonth)
        {
            BirthYearMonth = birthYearMonth;
            changed = true;
        }

        return changed;
    }

    public static CaseDimensions Dimensions(ChildFact? child, string? unit) =>
        new(unit, child?.Gender ?? LegalGender.Unknown, child?.BirthYearMonth);
}
