using Investigation.Domain.Interventions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.BuildingBlocks.Casework;

namespace Investigation.Data.Configurations;

internal sealed class InterventionConfiguration : IEntityTypeConfiguration<Intervention>
{
    public void Configure(EntityTypeBuilder<Intervention> builder)
    {
        builder.ToTable("interventions");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.TenantId).HasMaxLength(CaseworkColumns.Tenant);
        builder.Property(i => i.Unit).HasMaxLength(CaseworkColumns.Unit);
        builder.Property(i => i.ChildBirthYearMonth).HasMaxLength(Lengths.BirthYearMonth);
        builder.Property(i => i.OpenCareName).HasMaxLength(CaseworkColumns.Name);
        builder.Property(i => i.ProviderOrganisationNumber).HasMaxLength(Lengths.OrganisationNumber);
        builder.Property(i => i.OutcomeRecordedByName).HasMaxLength(CaseworkColumns.Name);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Ignore(i => i.DecidedOn);
        builder.Ignore(i => i.NotExecutedFrom);
        builder.Ignore(i => i.IsAwaitingStart);
        builder.Ignore(i => i.StartedLate);
        builder.HasIndex(i => new { i.TenantId, i.NotExecutedAt }, "ix_interventions_not_executed");
        builder.HasIndex(i => i.InvestigationId, "ix_interventions_investigation");
    }
}
