using Investigation.Domain.Investigations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Investigation.Data.Configurations;

internal sealed class InvestigationExtensionConfiguration : IEntityTypeConfiguration<InvestigationExtension>
{
    public void Configure(EntityTypeBuilder<InvestigationExtension> builder)
    {
        builder.ToTable("investigation_extensions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.TenantId).HasMaxLength(Lengths.Tenant);
        builder.Property(e => e.ExtendedById).HasMaxLength(Lengths.UserId);
        builder.Property(e => e.ExtendedByName).HasMaxLength(Lengths.Name);
        builder.Property(e => e.ExtendedByRole).HasMaxLength(Lengths.Role);
        builder.HasIndex(e => e.InvestigationId, "ix_investigation_extensions_investigation");
    }
}
