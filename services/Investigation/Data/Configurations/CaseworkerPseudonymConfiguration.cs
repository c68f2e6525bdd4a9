using Investigation.Domain.Caseworkers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.BuildingBlocks.Casework;

namespace Investigation.Data.Configurations;

internal sealed class CaseworkerPseudonymConfiguration : IEntityTypeConfiguration<CaseworkerPseudonym>
{
    public void Configure(EntityTypeBuilder<CaseworkerPseudonym> builder)
    {
        builder.ToTable("caseworker_pseudonyms");
        builder.HasKey(p => new { p.TenantId, p.UserId });
        builder.Property(p => p.TenantId).HasMaxLength(CaseworkColumns.Tenant);
        builder.Property(p => p.UserId).HasMaxLength(CaseworkColumns.UserId);
        builder.HasIndex(p => p.Pseudonym).IsUnique();
    }
}
