using Intake.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intake.Data.Configurations;

internal sealed class ProtectionAssessmentConfiguration : IEntityTypeConfiguration<ProtectionAssessment>
{
    public void Configure(EntityTypeBuilder<ProtectionAssessment> builder)
    {
        builder.ToTable("protection_assessments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.TenantId).HasMaxLength(4);
        builder.Property(a => a.AssessorId).HasMaxLength(IntakeLimits.UserIdLength);
        builder.Property(a => a.AssessorName).HasMaxLength(IntakeLimits.NameLength);
        builder.Property(a => a.AssessorRole).HasMaxLength(IntakeLimits.RoleLength);
        builder.Property(a => a.Circumstances).HasMaxLength(IntakeLimits.CircumstancesLength);
        builder.Property(a => a.ActionsTaken).HasMaxLength(IntakeLimits.ActionsTakenLength);
        builder.HasOne<Report>().WithOne().HasForeignKey<ProtectionAssessment>(a => a.ReportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.ReportId).IsUnique();
    }
}
