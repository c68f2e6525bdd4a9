using Assessment.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.BuildingBlocks.Casework;

namespace Assessment.Data.Configurations;

internal sealed class MunicipalSettingsConfiguration : IEntityTypeConfiguration<MunicipalSettings>
{
    public void Configure(EntityTypeBuilder<MunicipalSettings> builder)
    {
        builder.ToTable("municipal_settings");
        builder.HasKey(s => s.TenantId);
        builder.Property(s => s.TenantId).HasMaxLength(4);
        builder.Property(s => s.ChangedById).HasMaxLength(CaseworkColumns.UserId);
        builder.Property(s => s.ChangedByName).HasMaxLength(CaseworkColumns.Name);
        builder.Property(s => s.ChangedByRole).HasMaxLength(CaseworkColumns.Role);
        builder.Property(s => s.ProtectedIdentityRoles).HasColumnType("text[]");
    }
}
