using Assessment.Domain.Assessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Assessment.Data.Configurations;

internal sealed class AssessmentExtensionConfiguration : IEntityTypeConfiguration<AssessmentExtension>
{
    public void Configure(EntityTypeBuilder<AssessmentExtension> builder)
    {
        builder.ToTable("assessment_extensions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.TenantId).HasMaxLength(4);
        builder.Property(e => e.ExtendedById).HasMaxLength(Lengths.UserId);
        builder.Property(e => e.ExtendedByName).HasMaxLength(Lengths.Name);
        builder.Property(e => e.ExtendedByRole).HasMaxLength(Lengths.Role);
        builder.HasIndex(e => e.AssessmentId, "ix_assessment_extensions_assessment");
    }
}
