using Assessment.Domain.Assessments;
using Assessment.Domain.Investigations;
using Assessment.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Delegation;
using Platform.BuildingBlocks.Idempotency;
using Platform.BuildingBlocks.Messaging;

namespace Assessment.Data;

/// <summary>The assessment service's database.</summary>
public sealed class AssessmentDbContext(DbContextOptions<AssessmentDbContext> options)
    : MessagingDbContext(options)
{
    internal DbSet<InitialAssessment> Assessments => Set<InitialAssessment>();

    internal DbSet<AssessmentReport> Reports => Set<AssessmentReport>();

    internal DbSet<AssessmentExtension> Extensions => Set<AssessmentExtension>();

    internal DbSet<FeedbackTask> FeedbackTasks => Set<FeedbackTask>();

    internal DbSet<AssessmentRecording> Recordings => Set<AssessmentRecording>();

    internal DbSet<DelegationOrderVersion> DelegationOrders => Set<DelegationOrderVersion>();

    internal DbSet<SubDelegation> SubDelegations => Set<SubDelegation>();

    internal DbSet<OngoingInvestigation> OngoingInvestigations => Set<OngoingInvestigation>();

    internal DbSet<MunicipalSettings> Settings => Set<MunicipalSettings>();

    protected override void ConfigureDomain(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyDelegationModel().KeepIdempotentRequests().ApplyConfigurationsFromAssembly(typeof(AssessmentDbContext).Assembly);
}
