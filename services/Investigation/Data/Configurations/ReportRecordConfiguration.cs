using Investigation.Domain.Investigations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Investigation.Data.Configurations;

internal sealed class ReportRecordConfiguration : IEntityTypeConfiguration<ReportRecord>
{
    public void Configure(EntityTypeBuilder<ReportRecord> builder)
    {
        builder.ToTable("investigation_reports");
        builder.HasKey(r => r.ReportId);
        builder.Property(r => r.ReportId).ValueGeneratedNever();
        builder.Property(r => r.TenantId).HasMaxLength(Lengths.Tenant);
        builder.Property(r => r.Unit).HasMaxLength(Lengths.Unit);
        builder.Property(r => r.ChildBirthYearMonth).HasMaxLength(Lengths.BirthYearMonth);
        builder.HasIndex(r => r.InvestigationId, "ix_investigation_reports_investigation");
    }
}
