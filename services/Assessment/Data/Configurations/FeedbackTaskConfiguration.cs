using Assessment.Domain.Assessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.BuildingBlocks.Casework;

namespace Assessment.Data.Configurations;

internal sealed class FeedbackTaskConfiguration : IEntityTypeConfiguration<FeedbackTask>
{
    public void Configure(EntityTypeBuilder<FeedbackTask> builder)
    {
        builder.ToTable("feedback_tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.TenantId).HasMaxLength(4);
        builder.Property(t => t.CaseNumber).HasMaxLength(Lengths.CaseNumber);
        builder.Property(t => t.EndedById).HasMaxLength(CaseworkColumns.UserId);
        builder.Property(t => t.EndedByName).HasMaxLength(CaseworkColumns.Name);
        builder.Property(t => t.EndedByRole).HasMaxLength(CaseworkColumns.Role);
        builder.HasIndex(t => new { t.AssessmentId, t.ReportId }, "ux_feedback_tasks_report").IsUnique();
        builder.HasIndex(t => new { t.TenantId, t.DueAt }, "ix_feedback_tasks_open").HasFilter("ended_at IS NULL");
    }
}
