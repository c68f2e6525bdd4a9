using Microsoft.EntityFrameworkCore;
using Placements.Domain.FollowUp;
using Placements.Domain.FosterHomes;
using Placements.Domain.Placements;
using Placements.Domain.Regional;
using Placements.Domain.Settings;
using Platform.BuildingBlocks.Delegation;
using Platform.BuildingBlocks.Idempotency;
using Platform.BuildingBlocks.Messaging;

namespace Placements.Data;

/// <summary>The placements service's database: the municipalities' placements and, tenant-isolated by länskod, the regions' de-identified records.</summary>
public sealed class PlacementsDbContext(DbContextOptions<PlacementsDbContext> options)
    : MessagingDbContext(options)
{
    internal DbSet<Placement> Placements => Set<Placement>();

    internal DbSet<DutyRecord> DutyRecords => Set<DutyRecord>();

    internal DbSet<FosterHome> FosterHomes => Set<FosterHome>();

    internal DbSet<FosterHomeRecordCheck> RecordChecks => Set<FosterHomeRecordCheck>();

    internal DbSet<FollowUpDialogue> Dialogues => Set<FollowUpDialogue>();

    internal DbSet<IndicatorAnswer> IndicatorAnswers => Set<IndicatorAnswer>();

    internal DbSet<PlacementSettings> Settings => Set<PlacementSettings>();

    internal DbSet<RegionalRecord> RegionalRecords => Set<RegionalRecord>();

    protected override void ConfigureDomain(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyDelegationModel().KeepIdempotentRequests().ApplyConfigurationsFromAssembly(typeof(PlacementsDbContext).Assembly);
}
