using Assessment.Domain.Investigations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Assessment.Data.Configurations;

internal sealed class OngoingInvestigationConfiguration : IEntityTypeConfiguration<OngoingInvestigation>
{
    public void Configure(EntityTypeBuilder<OngoingInvestigation> builder)
    {
        builder.ToTable("ongoing_investigations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.TenantId).HasMaxLength(Lengths.Municipality);
        builder.HasIndex(i => new { i.TenantId, i.ChildId }, "ix_ongoing_investigations_child");
    }
}
