using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quality.Domain.Facts;

namespace Quality.Data.Configurations;

internal sealed class ChildFactConfiguration : IEntityTypeConfiguration<ChildFact>
{
    public void Configure(EntityTypeBuilder<ChildFact> builder)
    {
        builder.ToTable("child_facts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.TenantId).HasMaxLength(Lengths.Tenant);
        builder.Property(c => c.BirthYearMonth).HasMaxLength(Lengths.YearMonth);
    }
}
