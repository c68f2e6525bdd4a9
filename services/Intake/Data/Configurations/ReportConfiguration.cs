using Intake.Domain.Children;
using Intake.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intake.Data.Configurations;

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.ToTable("reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.TenantId).HasMaxLength(4);
        builder.Property(r => r.CaseNumber).HasMaxLength(CaseNumber.Length);
        builder.Property(r => r.RegisteredById).HasMaxLength(IntakeLimits.UserIdLength);
        builder.Property(r => r.RegisteredByName).HasMaxLength(IntakeLimits.NameLength);
        builder.Property(r => r.RegisteredByRole).HasMaxLength(IntakeLimits.RoleLength);
        builder.Property(r => r.ReporterName).HasMaxLength(IntakeLimits.NameLength);
        builder.Property(r => r.ReporterOrganisation).HasMaxLength(IntakeLimits.NameLength);
        builder.Property(r => r.ReporterContact).HasMaxLength(IntakeLimits.NameLength);
        builder.Property(r => r.Description).HasMaxLength(IntakeLimits.DescriptionLength);
        builder.Property(r => r.ClassificationReason).HasMaxLength(IntakeLimits.ReasonLength);
        builder.Property(r => r.Unit).HasMaxLength(IntakeLimits.UnitLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<Child>().WithMany().HasForeignKey(r => r.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.TenantId, r.CaseNumber }).IsUnique();
        builder.HasIndex(r => new { r.TenantId, r.Status, r.ProtectionAssessmentDueAt });
    }
}
