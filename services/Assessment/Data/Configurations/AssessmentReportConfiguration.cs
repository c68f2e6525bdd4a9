using Assessment.Domain.Assessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.BuildingBlocks.Casework;

namespace Assessment.Data.Configurations;

internal sealed class AssessmentReportConfiguration : IEntityTypeConfiguration<AssessmentReport>
{
    public void Configure(EntityTypeBuilder<AssessmentReport> builder)
    {
        builder.ToTable("assessment_reports");
        builder.HasKey(r => r.ReportId);
        builder.Property(r => r.ReportId).ValueGeneratedNever();
        builder.Property(r => r.TenantId).HasMaxLength(4);
        builder.Property(r => r.CaseNumber).HasMaxLength(Lengths.CaseNumber);
        builder.Property(r => r.ChildBirthYearMonth).HasMaxLength(7);
        builder.Property(r => r.Unit).HasMaxLength(CaseworkColumns.Unit);
        builder.Ignore(r => r.HasViolenceConcern);
        builder.Ignore(r => r.WantsFeedback);
        builder.HasIndex(r => r.AssessmentId, "ix_assessment_reports_assessment");
    }
}
