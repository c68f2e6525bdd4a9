using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.BuildingBlocks.Casework;
using Placements.Domain.Placements;

namespace Placements.Data.Configurations;

internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> builder)
    {
        builder.ToTable("placements");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.TenantId).HasMaxLength(CaseworkColumns.Tenant);
        builder.Property(p => p.Unit).HasMaxLength(CaseworkColumns.Unit);
        builder.Property(p => p.ChildBirthYearMonth).HasMaxLength(Lengths.YearMonth);
        builder.Property(p => p.ProviderOrganisationNumber).HasMaxLength(Lengths.OrganisationNumber);
        builder.Property(p => p.CostPerDay).HasPrecision(12, 2);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.IsFamilyHome);
        builder.Ignore(p => p.ReviewKind);
        builder.Ignore(p => p.ChildBirthYear);
        builder.HasIndex(p => new { p.TenantId, p.InterventionId }, "ix_placements_intervention");
        builder.HasIndex(p => new { p.TenantId, p.Status, p.Unit }, "ix_placements_worklist");
        builder.HasIndex(p => new { p.TenantId, p.ProviderOrganisationNumber }, "ix_placements_provider");
    }
}
