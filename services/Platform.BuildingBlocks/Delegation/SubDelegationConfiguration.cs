using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.BuildingBlocks.Casework;

namespace Platform.BuildingBlocks.Delegation;

public sealed class SubDelegationConfiguration : IEntityTypeConfiguration<SubDelegation>
{
    public void Configure(EntityTypeBuilder<SubDelegation> builder)
    {
        builder.ToTable("sub_delegations");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.TenantId).HasMaxLength(4);
        builder.Property(s => s.DelegateRole).HasMaxLength(CaseworkColumns.Role);
        builder.Property(s => s.DelegateUserId).HasMaxLength(CaseworkColumns.UserId);
        builder.Property(s => s.DelegateName).HasMaxLength(CaseworkColumns.Name);
        builder.Property(s => s.DecisionReference).HasMaxLength(CaseworkColumns.Reference);
        builder.Property(s => s.CreatedById).HasMaxLength(CaseworkColumns.UserId);
        builder.Property(s => s.CreatedByName).HasMaxLength(CaseworkColumns.Name);
        builder.Property(s => s.CommitteeReportRecordedByName).HasMaxLength(CaseworkColumns.Name);
        builder.Property(s => s.RevokedByName).HasMaxLength(CaseworkColumns.Name);
        builder.HasIndex(s => new { s.TenantId, s.Decision }, "ix_sub_delegations_decision");
    }
}
