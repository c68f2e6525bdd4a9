using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Idempotency;
using Platform.BuildingBlocks.Messaging;
using Quality.Data.Configurations;
using Quality.Domain.Deviations;
using Quality.Domain.Events;
using Quality.Domain.Facts;
using Quality.Domain.Indicators;
using Quality.Domain.SelfAudit;

namespace Quality.Data;

/// <summary>The quality service's database: the events received, the per-case facts built from them, the indicator aggregates, and the deviations.</summary>
public sealed class QualityDbContext(DbContextOptions<QualityDbContext> options)
    : MessagingDbContext(options)
{
    internal DbSet<ReceivedEvent> ReceivedEvents => Set<ReceivedEvent>();

    internal DbSet<ChildFact> Children => Set<ChildFact>();

    internal DbSet<ReportFact> Reports => Set<ReportFact>();

    internal DbSet<AssessmentFact> Assessments => Set<AssessmentFact>();

    internal DbSet<InvestigationFact> Investigations => Set<InvestigationFact>();

    internal DbSet<InterventionFact> Interventions => Set<InterventionFact>();

    internal DbSet<PlacementFact> Placements => Set<PlacementFact>();

    internal DbSet<IndicatorContribution> Contributions => Set<IndicatorContribution>();

    internal DbSet<IndicatorAggregate> Aggregates => Set<IndicatorAggregate>();

    internal DbSet<IndicatorYearAggregate> YearAggregates => Set<IndicatorYearAggregate>();

    internal DbSet<Deviation> Deviations => Set<Deviation>();

    internal DbSet<AuditedInvestigation> AuditedInvestigations => Set<AuditedInvestigation>();

    internal DbSet<AssessmentExtension> AssessmentExtensions => Set<AssessmentExtension>();

    internal DbSet<SelfAuditSample> SelfAuditSamples => Set<SelfAuditSample>();

    internal DbSet<ReviewerAnswer> ReviewerAnswers => Set<ReviewerAnswer>();

    protected override void ConfigureDomain(ModelBuilder modelBuilder)
    {
        modelBuilder.KeepIdempotentRequests().ApplyConfigurationsFromAssembly(typeof(QualityDbContext).Assembly);
        modelBuilder.ApplyConfiguration(new CaseFactConfiguration<ReportFact>("report_facts"));
        modelBuilder.ApplyConfiguration(new CaseFactConfiguration<AssessmentFact>("assessment_facts"));
        modelBuilder.ApplyConfiguration(new CaseFactConfiguration<InvestigationFact>("investigation_facts"));
        modelBuilder.ApplyConfiguration(new CaseFactConfiguration<InterventionFact>("intervention_facts"));
        modelBuilder.ApplyConfiguration(new CaseFactConfiguration<PlacementFact>("placement_facts"))
            .Entity<PlacementFact>().HasIndex(p => p.PlacementId, "ix_placement_facts_placement");
    }
}
