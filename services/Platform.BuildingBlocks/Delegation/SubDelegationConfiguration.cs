using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.BuildingBlocks.Delegation;

public sealed class SubDelegationConfiguration : IEntityTypeConfiguration<SubDelegation>
{
    public void Configure(EntityTypeBuilder<SubDelegation> builder)
    {
        builder.ToTable("sub_delegations");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.TenantId).HasMaxLength(4);
        builder.Property(s => s.DelegateRole).HasMaxLength(DelegationColumns.Role);
        builder.Property(s => s.DelegateUserId).HasMaxLength(DelegationColumns.UserId);
        builder.Property(s => s.DelegateName).HasMaxLength(DelegationColumns.Name);
        builder.Property(s => s.DecisionReference).HasMaxLength(DelegationColumns.Reference);
        builder.Property(s => s.CreatedById).HasMaxLength(DelegationColumns.UserId);
        builder.Property(s => s.CreatedByName).HasMaxLength(DelegationColumns.Name);
        builder.Property(s => s.CommitteeReportRecordedByName).HasMaxLength(DelegationColumns.Name);
        builder.Property(s => s.RevokedByName).HasMaxLength(DelegationColumns.Name);
        builder.HasIndex(s => new { s.TenantId, s.Decision }, "ix_sub_delegations_decision");
    }
}
