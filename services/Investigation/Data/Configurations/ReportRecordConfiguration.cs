using Investigation.Domain.Investigations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.BuildingBlocks.Casework;

namespace Investigation.Data.Configurations;

internal sealed class ReportRecordConfiguration : IEntityTypeConfiguration<ReportRecord>
{
    public void Configure(EntityTypeBuilder<ReportRecord> builder)
    {
        builder.ToTable("investigation_reports");
        builder.HasKey(r => r.ReportId);
        builder.Property(r => r.ReportId).ValueGeneratedNever();
        builder.Property(r => r.TenantId).HasMaxLength(CaseworkColumns.Tenant);
        builder.Property(r => r.Unit).HasMaxLength(CaseworkColumns.Unit);
        builder.Property(r => r.ChildBirthYearMonth).HasMaxLength(Lengths.BirthYearMonth);
        builder.HasIndex(r => r.InvestigationId, "ix_investigation_reports_investigation");
    }
}
