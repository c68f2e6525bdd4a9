using Intake.Domain.Children;
using Intake.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intake.Data.Configurations;

internal sealed class ChildConfiguration : IEntityTypeConfiguration<Child>
{
    public void Configure(EntityTypeBuilder<Child> builder)
    {
        builder.ToTable("children");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.TenantId).HasMaxLength(4);
        builder.Property(c => c.KnownName).HasMaxLength(IntakeLimits.NameLength);
        builder.HasIndex(c => new { c.TenantId, c.IdentityHash }).IsUnique();
    }
}
