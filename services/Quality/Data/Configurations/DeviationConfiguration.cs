using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quality.Domain.Deviations;

namespace Quality.Data.Configurations;

internal sealed class DeviationConfiguration : IEntityTypeConfiguration<Deviation>
{
    public void Configure(EntityTypeBuilder<Deviation> builder)
    {
        builder.ToTable("deviations");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.TenantId).HasMaxLength(Lengths.Tenant);
        builder.Property(d => d.Unit).HasMaxLength(Lengths.Unit);
        builder.Property(d => d.ReportedBy).HasMaxLength(Lengths.Unit);
        builder.Property(d => d.ReporterRole).HasMaxLength(Lengths.Key);
        builder.Property(d => d.Description).HasMaxLength(Lengths.Text);
        builder.Property(d => d.Causes).HasMaxLength(Lengths.Text);
        builder.Property(d => d.Actions).HasMaxLength(Lengths.Text);
        builder.Property(d => d.FollowUp).HasMaxLength(Lengths.Text);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Ignore(d => d.Risk);
        builder.Ignore(d => d.Serious);
        builder.HasIndex(d => new { d.TenantId, d.Status, d.Unit }, "ix_deviations_status");
    }
}
