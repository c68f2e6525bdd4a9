using Assessment.Domain.Assessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.BuildingBlocks.Casework;

namespace Assessment.Data.Configurations;

internal sealed class AssessmentRecordingConfiguration : IEntityTypeConfiguration<AssessmentRecording>
{
    public void Configure(EntityTypeBuilder<AssessmentRecording> builder)
    {
        builder.ToTable("assessment_recordings");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.TenantId).HasMaxLength(4);
        builder.Property(r => r.RecordedById).HasMaxLength(CaseworkColumns.UserId);
        builder.Property(r => r.RecordedByName).HasMaxLength(CaseworkColumns.Name);
        builder.HasIndex(r => r.AssessmentId, "ix_assessment_recordings_assessment");
    }
}
