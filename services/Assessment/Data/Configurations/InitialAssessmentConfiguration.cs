using Assessment.Domain.Assessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.BuildingBlocks.Casework;
using Platform.BuildingBlocks.Persistence;

namespace Assessment.Data.Configurations;

internal sealed class InitialAssessmentConfiguration : IEntityTypeConfiguration<InitialAssessment>
{
    public void Configure(EntityTypeBuilder<InitialAssessment> builder)
    {
        builder.ToTable("assessments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.TenantId).HasMaxLength(4);
        builder.Property(a => a.Unit).HasMaxLength(CaseworkColumns.Unit);
        CaseworkColumns.Decider(builder.Property(a => a.DeciderId), builder.Property(a => a.DeciderName), builder.Property(a => a.DeciderRole));
        builder.Property(a => a.PriorKnowledgeRecordedByName).HasMaxLength(CaseworkColumns.Name);
        builder.Property(a => a.ChildViewRecordedByName).HasMaxLength(CaseworkColumns.Name);
        builder.Property(a => a.AssigneeId).HasMaxLength(CaseworkColumns.UserId);
        builder.Property(a => a.AssigneeName).HasMaxLength(CaseworkColumns.Name);
        builder.Property(a => a.AssignedByName).HasMaxLength(CaseworkColumns.Name);
        builder.Property(a => a.DecisionProvisionId).HasMaxLength(CaseworkColumns.Role);
        builder.Property(a => a.DecisionProvision).HasMaxLength(Lengths.Provision);
        builder.Property(a => a.CommitteeProtocolParagraph).HasMaxLength(CaseworkColumns.ProtocolParagraph);
        builder.Property(a => a.UrgentDecisionReportParagraph).HasMaxLength(CaseworkColumns.ProtocolParagraph);
        builder.Property(a => a.ForwardedToMunicipality).HasMaxLength(Lengths.Municipality);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.IsExtended);

        builder.HasMany(a => a.Reports).WithOne().HasForeignKey(r => r.AssessmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Extensions).WithOne().HasForeignKey(e => e.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.FeedbackTasks).WithOne().HasForeignKey(t => t.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Recordings).WithOne().HasForeignKey(r => r.AssessmentId).OnDelete(DeleteBehavior.Restrict);

        // One open assessment per child: two reports consumed at once cannot both open one.
        builder.HasIndex(a => new { a.TenantId, a.ChildId }, "ux_assessments_open_child").IsUnique().HasFilter($"status = '{KebabCaseEnumColumns.Name(AssessmentStatus.Open)}'");
        builder.HasIndex(a => new { a.TenantId, a.ChildId }, "ix_assessments_child");
        builder.HasIndex(a => new { a.TenantId, a.Status, a.DueAt }, "ix_assessments_worklist");
    }
}
