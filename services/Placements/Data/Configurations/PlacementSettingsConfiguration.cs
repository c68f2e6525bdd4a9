using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.BuildingBlocks.Casework;
using Placements.Domain.Settings;

namespace Placements.Data.Configurations;

internal sealed class PlacementSettingsConfiguration : IEntityTypeConfiguration<PlacementSettings>
{
    public void Configure(EntityTypeBuilder<PlacementSettings> builder)
    {
        builder.ToTable("placement_settings");
        builder.HasKey(s => s.TenantId);
        builder.Property(s => s.TenantId).HasMaxLength(CaseworkColumns.Tenant);
        builder.Property(s => s.ChangedByName).HasMaxLength(CaseworkColumns.Name);
    }
}
