using Intake.Domain.Reports;
using Intake.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intake.Data.Configurations;

internal sealed class MunicipalitySettingsConfiguration : IEntityTypeConfiguration<MunicipalitySettings>
{
    public void Configure(EntityTypeBuilder<MunicipalitySettings> builder)
    {
        builder.ToTable("municipality_settings");
        builder.HasKey(s => s.TenantId);
        builder.Property(s => s.TenantId).HasMaxLength(4);
        builder.Property(s => s.ProtectedIdentityRoles).HasColumnType("text[]");
        builder.Property(s => s.UpdatedById).HasMaxLength(IntakeLimits.UserIdLength);
    }
}
