using Intake.Domain.Children;
using Intake.Domain.Reports;
using Intake.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Messaging;

namespace Intake.Data;

/// <summary>The intake service's database: children, reports, assessments, reclassifications; the access log, outbox and inbox come from the building blocks.</summary>
public sealed class IntakeDbContext(DbContextOptions<IntakeDbContext> options)
    : MessagingDbContext(options)
{
    internal DbSet<Child> Children => Set<Child>();

    internal DbSet<Report> Reports => Set<Report>();

    internal DbSet<ProtectionAssessment> ProtectionAssessments => Set<ProtectionAssessment>();

    internal DbSet<Reclassification> Reclassifications => Set<Reclassification>();

    internal DbSet<CaseNumberCounter> CaseNumberCounters => Set<CaseNumberCounter>();

    internal DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    internal DbSet<MunicipalitySettings> MunicipalitySettings => Set<MunicipalitySettings>();

    protected override void ConfigureDomain(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IntakeDbContext).Assembly);
}
