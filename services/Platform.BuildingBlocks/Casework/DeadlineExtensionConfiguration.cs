using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.BuildingBlocks.Casework;

/// <summary>The columns every <see cref="DeadlineExtension"/> table has; the service adds the index on its case.</summary>
public static class DeadlineExtensionConfiguration
{
    public static EntityTypeBuilder<TExtension> ConfigureExtensionColumns<TExtension>(this EntityTypeBuilder<TExtension> builder, string table)
        where TExtension : DeadlineExtension
    {
        builder.ToTable(table);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.TenantId).HasMaxLength(CaseworkColumns.Tenant);
        CaseworkColumns.Decider(builder.Property(e => e.ExtendedById), builder.Property(e => e.ExtendedByName), builder.Property(e => e.ExtendedByRole));
        return builder;
    }
}
