using Investigation.Domain.Documentation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.BuildingBlocks.Casework;

namespace Investigation.Data.Configurations;

internal sealed class DocumentationRecordConfiguration : IEntityTypeConfiguration<DocumentationRecord>
{
    public void Configure(EntityTypeBuilder<DocumentationRecord> builder)
    {
        builder.ToTable("investigation_documentation");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.TenantId).HasMaxLength(CaseworkColumns.Tenant);
        builder.Property(r => r.Content).HasColumnType("jsonb");
        builder.Property(r => r.RecordedById).HasMaxLength(CaseworkColumns.UserId);
        builder.Property(r => r.RecordedByName).HasMaxLength(CaseworkColumns.Name);
        builder.HasIndex(r => r.InvestigationId, "ix_investigation_documentation_investigation");
    }
}
