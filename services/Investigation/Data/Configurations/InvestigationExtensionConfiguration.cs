using Investigation.Domain.Investigations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.BuildingBlocks.Casework;

namespace Investigation.Data.Configurations;

internal sealed class InvestigationExtensionConfiguration : IEntityTypeConfiguration<InvestigationExtension>
{
    public void Configure(EntityTypeBuilder<InvestigationExtension> builder)
    {
        builder.ConfigureExtensionColumns("investigation_extensions");
        builder.HasIndex(e => e.InvestigationId, "ix_investigation_extensions_investigation");
    }
}
