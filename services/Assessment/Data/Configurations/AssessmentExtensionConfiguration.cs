using Assessment.Domain.Assessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.BuildingBlocks.Casework;

namespace Assessment.Data.Configurations;

internal sealed class AssessmentExtensionConfiguration : IEntityTypeConfiguration<AssessmentExtension>
{
    public void Configure(EntityTypeBuilder<AssessmentExtension> builder)
    {
        builder.ConfigureExtensionColumns("assessment_extensions");
        builder.HasIndex(e => e.AssessmentId, "ix_assessment_extensions_assessment");
    }
}
