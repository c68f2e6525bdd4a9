using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quality.Domain.SelfAudit;

namespace Quality.Data.Configurations;

internal sealed class AuditedInvestigationConfiguration : IEntityTypeConfiguration<AuditedInvestigation>
{
    public void Configure(EntityTypeBuilder<AuditedInvestigation> builder)
    {
        builder.ToTable("self_audit_investigations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.TenantId).HasMaxLength(Lengths.Tenant);
    }
}

internal sealed class AssessmentExtensionConfiguration : IEntityTypeConfiguration<AssessmentExtension>
{
    public void Configure(EntityTypeBuilder<AssessmentExtension> builder)
    {
        builder.ToTable("self_audit_assessment_extensions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.TenantId).HasMaxLength(Lengths.Tenant);
    }
}

internal sealed class SelfAuditSampleConfiguration : IEntityTypeConfiguration<SelfAuditSample>
{
    public void Configure(EntityTypeBuilder<SelfAuditSample> builder)
    {
        builder.ToTable("self_audit_samples");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.TenantId).HasMaxLength(Lengths.Tenant);
        builder.Property(s => s.Unit).HasMaxLength(Lengths.Unit);
        builder.Property(s => s.DrawnBy).HasMaxLength(Lengths.Unit);
        builder.Ignore(s => s.TooFewCases);
        builder.HasIndex(s => new { s.TenantId, s.Unit, s.Year }, "ix_self_audit_samples_unit_year");
    }
}

internal sealed class ReviewerAnswerConfiguration : IEntityTypeConfiguration<ReviewerAnswer>
{
    public void Configure(EntityTypeBuilder<ReviewerAnswer> builder)
    {
        builder.ToTable("self_audit_reviewer_answers");
        builder.HasKey(a => new { a.CaseId, a.Item });
        builder.Property(a => a.TenantId).HasMaxLength(Lengths.Tenant);
        builder.Property(a => a.Item).HasMaxLength(Lengths.Key);
        builder.Property(a => a.Answer).HasMaxLength(Lengths.Key);
        builder.Property(a => a.AnsweredBy).HasMaxLength(Lengths.Unit);
    }
}
