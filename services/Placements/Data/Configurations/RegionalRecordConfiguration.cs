using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.BuildingBlocks.Casework;
using Placements.Domain.Regional;

namespace Placements.Data.Configurations;

internal sealed class RegionalRecordConfiguration : IEntityTypeConfiguration<RegionalRecord>
{
    public void Configure(EntityTypeBuilder<RegionalRecord> builder)
    {
        builder.ToTable("regional_records");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.TenantId).HasMaxLength(CaseworkColumns.Tenant);
        builder.Property(r => r.MunicipalityCode).HasMaxLength(CaseworkColumns.Tenant);
        builder.Property(r => r.Key).HasMaxLength(Lengths.Key);
        builder.Property(r => r.ProviderOrganisationNumber).HasMaxLength(Lengths.OrganisationNumber);
        builder.Property(r => r.Version).IsConcurrencyToken();
        foreach (var score in new[] { nameof(RegionalRecord.PlanInPlace), nameof(RegionalRecord.SchoolOrOccupation), nameof(RegionalRecord.WellBeing),
            nameof(RegionalRecord.Safety), nameof(RegionalRecord.TreatmentByStaff), nameof(RegionalRecord.Participation) })
        {
            builder.Property(score).HasPrecision(3, 2);
        }

        // One row per municipality's key: a concurrent first delivery of two versions cannot make two.
        builder.HasIndex(r => new { r.TenantId, r.MunicipalityCode, r.Key }, "ux_regional_records_key").IsUnique();
        builder.HasIndex(r => new { r.TenantId, r.StartMonth }, "ix_regional_records_start");
    }
}
