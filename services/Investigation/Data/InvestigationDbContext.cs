using Investigation.Domain.Caseworkers;
using Investigation.Domain.Documentation;
using Investigation.Domain.Interventions;
using Investigation.Domain.Investigations;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Delegation;
using Platform.BuildingBlocks.Idempotency;
using Platform.BuildingBlocks.Messaging;

namespace Investigation.Data;

/// <summary>The investigation service's database, with its copy of the delegation order recorded at assessment.</summary>
public sealed class InvestigationDbContext(DbContextOptions<InvestigationDbContext> options)
    : MessagingDbContext(options)
{
    internal DbSet<ChildInvestigation> Investigations => Set<ChildInvestigation>();

    internal DbSet<ReportRecord> Reports => Set<ReportRecord>();

    internal DbSet<InvestigationExtension> Extensions => Set<InvestigationExtension>();

    internal DbSet<DocumentationRecord> Documentation => Set<DocumentationRecord>();

    internal DbSet<Intervention> Interventions => Set<Intervention>();

    internal DbSet<CaseworkerPseudonym> CaseworkerPseudonyms => Set<CaseworkerPseudonym>();

    protected override void ConfigureDomain(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyDelegationModel().KeepIdempotentRequests().ApplyConfigurationsFromAssembly(typeof(InvestigationDbContext).Assembly);
}
