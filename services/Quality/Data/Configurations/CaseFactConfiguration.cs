using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quality.Domain.Facts;

namespace Quality.Data.Configurations;

/// <summary>
/// Every case fact is stored alike: its own id, the tenant, the unit, an index to find a child's cases and one to
/// page through a municipality's cases. No index is led by the tenant alone: a rebuild fills a municipality's rows
/// in one transaction, unseen by the statistics, and the planner then took such an index for an update by id,
/// reading all the municipality's rows for each one (ADR 18).
/// </summary>
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
        builder.HasIndex(f => f.ChildId, $"ix_{table}_child");
        builder.HasIndex(f => new { f.TenantId, f.Id }, $"ix_{table}_tenant_case");
    }
}
