using Investigation.Domain.Investigations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.BuildingBlocks.Casework;
using Platform.BuildingBlocks.Persistence;

namespace Investigation.Data.Configurations;

internal sealed class ChildInvestigationConfiguration : IEntityTypeConfiguration<ChildInvestigation>
{
    public void Configure(EntityTypeBuilder<ChildInvestigation> builder)
    {
        builder.ToTable("investigations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.TenantId).HasMaxLength(CaseworkColumns.Tenant);
        builder.Property(i => i.Unit).HasMaxLength(CaseworkColumns.Unit);
        builder.Property(i => i.ChildBirthYearMonth).HasMaxLength(Lengths.BirthYearMonth);
        builder.Property(i => i.GuardiansInformedRecordedByName).HasMaxLength(CaseworkColumns.Name);
        CaseworkColumns.Decider(builder.Property(i => i.DeciderId), builder.Property(i => i.DeciderName), builder.Property(i => i.DeciderRole));
        builder.Property(i => i.CommitteeProtocolParagraph).HasMaxLength(CaseworkColumns.ProtocolParagraph);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Ignore(i => i.IsExtended);
        builder.Ignore(i => i.RequiresPoliceReportStance);
        builder.Ignore(i => i.GuardiansNotInformed);

        builder.HasMany(i => i.Reports).WithOne().HasForeignKey(r => r.InvestigationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Extensions).WithOne().HasForeignKey(e => e.InvestigationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Documentation).WithOne().HasForeignKey(d => d.InvestigationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Interventions).WithOne().HasForeignKey(d => d.InvestigationId).OnDelete(DeleteBehavior.Restrict);

        // One open investigation per child: two requests consumed at once cannot both open one.
        builder.HasIndex(i => new { i.TenantId, i.ChildId }, "ux_investigations_open_child").IsUnique()
            .HasFilter($"status = '{KebabCaseEnumColumns.Name(InvestigationStatus.Open)}'");
        builder.HasIndex(i => new { i.TenantId, i.ChildId }, "ix_investigations_child");
        builder.HasIndex(i => new { i.TenantId, i.Status, i.DueAt }, "ix_investigations_worklist");
    }
}
