using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.BuildingBlocks.Casework;

/// <summary>Column lengths every service that works on cases gives the same kind of value.</summary>
public static class CaseworkColumns
{
    /// <summary>A person's id, name and role, as their token gave them.</summary>
    public const int UserId = 100;

    public const int Name = 200;

    public const int Role = 40;

    /// <summary>The lengths of the three columns that keep who decided: id, name and role.</summary>
    public static void Decider(PropertyBuilder id, PropertyBuilder name, PropertyBuilder role)
    {
        id.HasMaxLength(UserId);
        name.HasMaxLength(Name);
        role.HasMaxLength(Role);
    }

    /// <summary>A municipality's code.</summary>
    public const int Tenant = 4;

    public const int Unit = 100;

    /// <summary>A decision's reference, and a committee protocol's paragraph.</summary>
    public const int Reference = 100;

    public const int ProtocolParagraph = 40;
}
