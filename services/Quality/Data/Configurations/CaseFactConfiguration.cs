using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quality.Domain.Facts;

namespace Quality.Data.Configurations;

/// <summary>Every case fact is stored alike: its own id, the tenant, the unit, and an index to find a child's cases.</summary>
internal sealed class CaseFactConfiguration<TFact>(string table) : IEntityTypeConfiguration<TFact>
    where TFact : class, ICaseFact
{
    public void Configure(EntityTypeBuilder<TFact> builder)
    {
        builder.ToTable(table);
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.TenantId).HasMaxLength(Lengths.Tenant);
        builder.Property(f => f.Unit).HasMaxLength(Lengths.Unit);
        builder.Ignore(f => f.CaseId);
        builder.Ignore(f => f.Subject);
        builder.HasIndex(f => new { f.TenantId, f.ChildId }, $"ix_{table}_child");
    }
}
