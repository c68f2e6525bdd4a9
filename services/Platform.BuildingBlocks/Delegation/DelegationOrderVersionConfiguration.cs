using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.BuildingBlocks.Casework;

namespace Platform.BuildingBlocks.Delegation;

public sealed class DelegationOrderVersionConfiguration : IEntityTypeConfiguration<DelegationOrderVersion>
{
    public void Configure(EntityTypeBuilder<DelegationOrderVersion> builder)
    {
        builder.ToTable("delegation_orders");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.TenantId).HasMaxLength(4);
        builder.Property(o => o.Grants).HasColumnType("jsonb");
        builder.Property(o => o.ProtocolParagraph).HasMaxLength(CaseworkColumns.ProtocolParagraph);
        builder.Property(o => o.ChangedById).HasMaxLength(CaseworkColumns.UserId);
        builder.Property(o => o.ChangedByName).HasMaxLength(CaseworkColumns.Name);
        builder.Property(o => o.ChangedByRole).HasMaxLength(CaseworkColumns.Role);
        // Two changes at once cannot both become the same version.
        builder.HasIndex(o => new { o.TenantId, o.Version }, "ux_delegation_orders_version").IsUnique();
    }
}
